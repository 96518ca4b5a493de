import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { PackagesModule } from '../packages/packages.module';
import { SubscribersController } from './subscribers.controller';
import { SubscribersService } from './subscribers.service';

@Module({ imports: [PackagesModule, AuditModule], controllers: [SubscribersController], providers: [SubscribersService] })
export class SubscribersModule {}
