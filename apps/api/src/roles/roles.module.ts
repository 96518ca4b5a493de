import { Module } from '@nestjs/common';
import { RoleDefaultsQueue } from './role-defaults.queue';
import { RoleHistoryController } from './role-history.controller';
import { RoleHistoryService } from './role-history.service';
import { RolesController } from './roles.controller';
import { RolesService } from './roles.service';

@Module({ controllers: [RolesController, RoleHistoryController], providers: [RolesService, RoleHistoryService, RoleDefaultsQueue], exports: [RolesService] })
export class RolesModule {}
