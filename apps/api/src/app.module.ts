import { DynamicModule, Module } from '@nestjs/common';
import { AccessModule } from './access/access.module';
import { AccessReviewModule } from './review/access-review.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { ApiConfig } from './config/config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { EventsModule } from './events/events.module';
import { HealthModule } from './health/health.module';
import { InvoicesModule } from './invoices/invoices.module';
import { LedgerModule } from './ledger/ledger.module';
import { MeModule } from './me/me.module';
import { MessagesModule } from './messages/messages.module';
import { PaymentsModule } from './payments/payments.module';
import { PreviewModule } from './preview/preview.module';
import { PermissionsModule } from './permissions/permissions.module';
import { RedisModule } from './redis/redis.module';
import { ReportsModule } from './reports/reports.module';
import { RolesModule } from './roles/roles.module';
import { SettingsModule } from './settings/settings.module';
import { PackagesModule } from './packages/packages.module';
import { SubscribersModule } from './subscribers/subscribers.module';
import { TicketsModule } from './tickets/tickets.module';
import { UsersModule } from './users/users.module';

@Module({})
export class AppModule {
  static forRoot(config: ApiConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        RedisModule,
        AccessModule,
        AuthModule,
        MeModule,
        PreviewModule,
        EventsModule,
        PermissionsModule,
        RolesModule,
        UsersModule,
        AccessReviewModule,
        PackagesModule,
        SubscribersModule,
        InvoicesModule,
        PaymentsModule,
        TicketsModule,
        LedgerModule,
        AuditModule,
        ReportsModule,
        DashboardModule,
        MessagesModule,
        SettingsModule,
        HealthModule,
      ],
    };
  }
}
