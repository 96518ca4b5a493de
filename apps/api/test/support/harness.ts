import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import type { EventEmitter } from 'node:events';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory';
import { ApiConfig, loadApiConfig } from '../../src/config/config';
import { databaseUrl, templateDb } from './global-setup';

export const ADMIN_EMAIL = 'admin@tiergate.test';
export const ADMIN_PASSWORD = 'admin-password-1';

/** A fresh database cloned from the migrated template, private to the calling test file. */
export async function createTestDatabase(): Promise<string> {
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `t_${randomBytes(6).toString('hex')}`;
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`CREATE DATABASE ${name} TEMPLATE ${templateDb()}`);
  await client.end();
  return databaseUrl(adminUrl, name);
}

export function testEnv(databaseUrl: string, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    REDIS_URL: process.env.TEST_REDIS_URL!,
    JWT_SECRET: 'test-secret-that-is-long-enough-0123456789',
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    QUEUE_PREFIX: `t${randomBytes(4).toString('hex')}`,
    LOGIN_THROTTLE_PER_MINUTE: '1000',
    ...overrides,
  };
}

export interface Answer<T = any> {
  status: number;
  body: T;
}

/** Talks to the app through Fastify's inject: the full HTTP stack, no socket. */
export class ApiClient {
  constructor(
    readonly app: NestFastifyApplication,
    readonly token?: string,
  ) {}

  async request<T = any>(method: string, url: string, payload?: unknown, headers: Record<string, string> = {}): Promise<Answer<T>> {
    const res = await this.app.inject({
      method: method as 'GET',
      url: `/api${url}`,
      headers: {
        'user-agent': 'tiergate-tests',
        ...(this.token && { authorization: `Bearer ${this.token}` }),
        ...(typeof payload === 'string' && { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(payload !== undefined && { payload: payload as string }),
    });
    return { status: res.statusCode, body: res.body ? safeJson(res.body) : undefined };
  }

  get<T = any>(url: string) {
    return this.request<T>('GET', url);
  }
  post<T = any>(url: string, body?: unknown) {
    return this.request<T>('POST', url, body);
  }
  put<T = any>(url: string, body?: unknown) {
    return this.request<T>('PUT', url, body);
  }
  patch<T = any>(url: string, body?: unknown) {
    return this.request<T>('PATCH', url, body);
  }
  delete<T = any>(url: string) {
    return this.request<T>('DELETE', url);
  }
}

function safeJson(text: string) {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export interface TestApi {
  app: NestFastifyApplication;
  config: ApiConfig;
  anonymous: ApiClient;
  login(email: string, password: string): Promise<ApiClient>;
  close(): Promise<void>;
}

export async function startApi(env: Record<string, string>): Promise<TestApi> {
  const config = loadApiConfig(env);
  const app = await createApp(config, false);
  const anonymous = new ApiClient(app);
  return {
    app,
    config,
    anonymous,
    async login(email, password) {
      const res = await anonymous.post('/auth/login', { email, password });
      if (res.status !== 200) throw new Error(`login of ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
      return new ApiClient(app, res.body.accessToken);
    },
    close: () => app.close(),
  };
}

export interface OpenedApi {
  api: TestApi;
  db: DataSource;
  /** The environment it was started with (a worker of the same installation reads it too). */
  env: Record<string, string>;
}

/**
 * What the specs start from: the API on a database of the file's own (`overrides` on top of testEnv()), and the
 * Admin signed in unless `{ admin: false }` (a spec that counts sign-ins, sessions or audit entries).
 */
export async function openApi(overrides?: Record<string, string>): Promise<OpenedApi & { admin: ApiClient }>;
export async function openApi(overrides: Record<string, string>, options: { admin: false }): Promise<OpenedApi>;
export async function openApi(overrides: Record<string, string> = {}, { admin = true } = {}): Promise<OpenedApi & { admin?: ApiClient }> {
  const env = testEnv(await createTestDatabase(), overrides);
  const api = await startApi(env);
  return { api, db: api.app.get(DataSource), env, ...(admin && { admin: await api.login(ADMIN_EMAIL, ADMIN_PASSWORD) }) };
}

/** Two API instances of one installation (one PostgreSQL, one Redis), for R9's "every instance": the Admin signs in on the first. */
export async function openTwoApis(
  overrides: Record<string, string> = {},
): Promise<{ one: TestApi; two: TestApi; db: DataSource; env: Record<string, string>; admin: ApiClient }> {
  const env = testEnv(await createTestDatabase(), overrides);
  const one = await startApi(env);
  const two = await startApi(env);
  return { one, two, db: one.app.get(DataSource), env, admin: await one.login(ADMIN_EMAIL, ADMIN_PASSWORD) };
}

/** Watches an instance's database pool: the most connections held at once since it began, or since `reset()`. */
export function watchPool(api: TestApi) {
  const pool = (api.app.get(DataSource).driver as unknown as { master: EventEmitter }).master;
  let [held, most] = [0, 0];
  const acquired = () => (most = Math.max(most, ++held));
  const released = () => held--;
  pool.on('acquire', acquired);
  pool.on('release', released);
  return {
    most: () => most,
    reset: () => ([held, most] = [0, 0]),
    stop: () => {
      pool.off('acquire', acquired);
      pool.off('release', released);
    },
  };
}
