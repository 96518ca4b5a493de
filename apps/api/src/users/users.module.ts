import { Module } from '@nestjs/common';
import { RolesModule } from '../roles/roles.module';
import { GrantExpiryQueue } from './grant-expiry.queue';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({ imports: [RolesModule], controllers: [UsersController], providers: [UsersService, GrantExpiryQueue], exports: [UsersService] })
export class UsersModule {}
