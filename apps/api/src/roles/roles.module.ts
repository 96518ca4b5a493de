import { Module } from '@nestjs/common';
import { RoleDefaultsQueue } from './role-defaults.queue';
import { RolesController } from './roles.controller';
import { RolesService } from './roles.service';

@Module({ controllers: [RolesController], providers: [RolesService, RoleDefaultsQueue], exports: [RolesService] })
export class RolesModule {}
