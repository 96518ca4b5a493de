import { DEFAULT_BRANCH_SLUG, DEFAULT_PREDEFINED_PERMISSIONS_DELAY_MS } from '@tiergate/access';
import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync, ValidateBy } from 'class-validator';
import { isIP } from 'node:net';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const toBool = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : value === 'true' || value === '1');

/** The API's environment, validated once at boot (API.md "Running it"). */
export class ApiConfig {
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL: string;

  @Matches(/^rediss?:\/\//, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL: string;

  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET: string;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** The address to listen on: every interface by default (containers); `pnpm start` sets 127.0.0.1. */
  @IsString()
  @MinLength(1, { message: 'HOST must be an address to listen on, e.g. 127.0.0.1 or 0.0.0.0' })
  HOST = '0.0.0.0';

  /** How long an unreachable PostgreSQL or Redis is retried at start before the API gives up (exit 1). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  STARTUP_RETRY_SECONDS = 30;

  @IsOptional()
  @IsEmail({}, { message: 'ADMIN_EMAIL must be an email address' })
  ADMIN_EMAIL?: string;

  @IsOptional()
  @IsString()
  @MinLength(8, { message: 'ADMIN_PASSWORD must be at least 8 characters' })
  ADMIN_PASSWORD?: string;

  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'BRANCH_SLUG must be lowercase letters, digits and dashes' })
  BRANCH_SLUG = DEFAULT_BRANCH_SLUG;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  PREDEFINED_PERMISSIONS_DELAY_MS = DEFAULT_PREDEFINED_PERMISSIONS_DELAY_MS;

  /** How often the permission uses noted in memory are written (R15's access review); also on shutdown. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  USAGE_FLUSH_MS = 5000;

  @Transform(toBool)
  @IsBoolean()
  MIGRATIONS_RUN = true;

  /** One JSON log line per request (issue 17: `false` only to measure what the line costs). */
  @Transform(toBool)
  @IsBoolean()
  LOG_REQUESTS = true;

  /** Prefix of every BullMQ key, so that several installations (or test files) share one Redis. */
  @Matches(/^[A-Za-z0-9:_-]+$/, { message: 'QUEUE_PREFIX may hold letters, digits, ":", "_" and "-"' })
  QUEUE_PREFIX = 'tiergate';

  @Transform(toInt)
  @IsInt()
  @Min(60)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @Transform(toInt)
  @IsInt()
  @Min(60)
  REFRESH_TOKEN_TTL_SECONDS = 30 * 24 * 3600;

  /** Failed sign-ins and refreshes per client address per minute (successes are not counted; the account lockout is separate and always on). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_THROTTLE_PER_MINUTE = 30;

  /**
   * The reverse proxies whose X-Forwarded-For is believed (for the audit log and throttling): addresses, CIDR
   * ranges or proxy-addr's names (`loopback`, `linklocal`, `uniquelocal`), comma-separated. Empty or `false`
   * trusts none. `true` is refused: it would let any client choose its own address.
   */
  @Transform(({ value }) =>
    value === undefined
      ? undefined
      : value === 'false'
        ? []
        : String(value)
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
  )
  @ValidateBy({
    name: 'trustedProxies',
    validator: {
      validate: (value) => Array.isArray(value) && value.every(isProxyAddress),
      defaultMessage: () => 'TRUST_PROXY must be false or a comma-separated list of proxy addresses or CIDR ranges (e.g. 127.0.0.1 or 10.0.0.0/8,::1)',
    },
  })
  TRUST_PROXY: string[] = [];

  /**
   * The installation's currency, an ISO 4217 code (`BDT`, `USD`): GET /me gives it to the panel, which shows money
   * in it. Unset, amounts are plain numbers. The API's money stays a decimal string either way.
   */
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'CURRENCY must be an ISO 4217 code such as BDT or USD' })
  CURRENCY?: string;
}

const KEYS: (keyof ApiConfig)[] = [
  'DATABASE_URL',
  'REDIS_URL',
  'JWT_SECRET',
  'PORT',
  'HOST',
  'STARTUP_RETRY_SECONDS',
  'ADMIN_EMAIL',
  'ADMIN_PASSWORD',
  'BRANCH_SLUG',
  'PREDEFINED_PERMISSIONS_DELAY_MS',
  'USAGE_FLUSH_MS',
  'MIGRATIONS_RUN',
  'LOG_REQUESTS',
  'QUEUE_PREFIX',
  'ACCESS_TOKEN_TTL_SECONDS',
  'REFRESH_TOKEN_TTL_SECONDS',
  'LOGIN_THROTTLE_PER_MINUTE',
  'TRUST_PROXY',
  'CURRENCY',
];

const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isProxyAddress(entry: string): boolean {
  if (PROXY_RANGE_NAMES.has(entry)) return true;
  const [address, bits, ...rest] = entry.split('/');
  const version = isIP(address);
  if (!version || rest.length) return false;
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128));
}

/** Fails fast, naming every variable that is missing or wrong. */
export function loadApiConfig(env: Record<string, string | undefined> = process.env): ApiConfig {
  const picked = Object.fromEntries(KEYS.filter((k) => env[k] !== undefined).map((k) => [k, env[k]]));
  const config = plainToInstance(ApiConfig, picked);
  const errors = validateSync(config);
  if (errors.length) {
    const lines = errors.flatMap((e) => Object.values(e.constraints ?? {}));
    throw new Error(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  return config;
}
