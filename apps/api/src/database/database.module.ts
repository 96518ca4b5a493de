import { Global, Module, OnApplicationShutdown } from '@nestjs/common';
import { createDataSource, migrate } from '@tiergate/db';
import { DataSource } from 'typeorm';
import { ApiConfig } from '../config/config';
import { ensureRootAdmin } from '../setup/root-admin';

@Global()
@Module({
  providers: [
    {
      provide: DataSource,
      inject: [ApiConfig],
      useFactory: async (config: ApiConfig) => {
        const db = await createDataSource(config.DATABASE_URL).initialize();
        if (config.MIGRATIONS_RUN) await migrate(db, (m) => ensureRootAdmin(m, config));
        else await db.transaction((m) => ensureRootAdmin(m, config));
        return db;
      },
    },
  ],
  exports: [DataSource],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(private readonly db: DataSource) {}

  async onApplicationShutdown() {
    if (this.db.isInitialized) await this.db.destroy();
  }
}
