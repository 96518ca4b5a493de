import { DynamicModule, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { createDataSource } from '@tiergate/db';
import { DataSource } from 'typeorm';
import { WorkerConfig } from './config';
import { GrantExpiryService } from './grant-expiry.service';
import { InvoiceGenerationService } from './invoice-generation.service';
import { JobRunner, WORKER_CONFIG } from './job-runner';
import { MessageSendingService } from './message-sending.service';
import { RoleDefaultsService } from './role-defaults.service';

@Module({})
export class WorkerModule implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly db: DataSource) {}

  static forRoot(config: WorkerConfig): DynamicModule {
    return {
      module: WorkerModule,
      providers: [
        { provide: WORKER_CONFIG, useValue: config },
        // The API owns migrations; the worker only connects. Two connections a job: a billing batch takes its invoice
        // numbers in a transaction of its own while it holds its subscribers.
        { provide: DataSource, useFactory: () => createDataSource(config.databaseUrl, { poolSize: 2 * config.concurrency + 1 }).initialize() },
        RoleDefaultsService,
        InvoiceGenerationService,
        GrantExpiryService,
        { provide: MessageSendingService, useFactory: (db: DataSource) => new MessageSendingService(db, config.gateway), inject: [DataSource] },
        JobRunner,
      ],
      exports: [JobRunner, RoleDefaultsService, InvoiceGenerationService, GrantExpiryService, MessageSendingService],
    };
  }

  async onApplicationShutdown() {
    if (this.db.isInitialized) await this.db.destroy();
  }
}
