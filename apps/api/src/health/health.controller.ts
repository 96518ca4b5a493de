import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { Public } from '../access/access-rule.decorator';
import { withTimeout } from '../common/with-timeout';
import { ApiErrors } from '../common/api-answers';
import { REDIS } from '../redis/redis.module';
import { HealthView } from './health.view';

/** A dependency that does not answer within this is reported down: the health check itself never hangs. */
const PROBE_TIMEOUT_MS = 2000;

/** 200 `{status: "ok"}` once PostgreSQL and Redis answer; 503 naming the one that does not. */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly db: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  @Get()
  @Public()
  @HealthCheck({ swaggerDocumentation: false })
  @ApiOperation({ summary: 'Whether the database and Redis answer' })
  @ApiOkResponse({ type: HealthView })
  @ApiErrors({ 503: 'A component is down; the message names it' })
  check() {
    return this.health.check([() => this.probe('database', () => this.db.query('SELECT 1')), () => this.probe('redis', () => this.redis.ping())]);
  }

  private async probe(key: 'database' | 'redis', ping: () => Promise<unknown>) {
    const indicator = this.indicators.check(key);
    try {
      await withTimeout(ping(), PROBE_TIMEOUT_MS);
      return indicator.up();
    } catch (e) {
      return indicator.down((e as Error).message);
    }
  }
}
