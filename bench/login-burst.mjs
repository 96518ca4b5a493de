#!/usr/bin/env node
// Measures sign-in under an attack on one account from one address (issue 7, 12b): how many of the wrong
// passwords reach argon2, and how long other users' sign-ins take (p50/p99), with no attack, with bursts of
// 30 concurrent guesses every 250 ms, and with a flood keeping 30 guesses in flight (the per-address guard,
// LOGIN_THROTTLE_PER_MINUTE, is lifted so that the lock alone is measured). Fastify inject into the built API
// (`pnpm build`), no socket; starts its own PostgreSQL and Redis. Results go to docs/performance.md by hand.
import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPostgres, startRedis } from '../scripts/services.mjs';

const ATTACKERS = 30; // concurrent guesses against the victim
const BURST_INTERVAL_MS = 250;
const USERS = 20; // other accounts, each signing in from its own address
const SIGN_INS = 200; // other users' sign-ins measured per phase
const USER_CONCURRENCY = 2;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'apps/api/package.json'));

const pg = await startPostgres({ dir: path.join(root, '.data/bench-login-pg'), persistent: false });
const redis = await startRedis();
try {
  require('reflect-metadata');
  const { DataSource } = require('typeorm');
  const { createApp } = require(path.join(root, 'apps/api/dist/app.factory.js'));
  const { loadApiConfig } = require(path.join(root, 'apps/api/dist/config/config.js'));
  const { hashPassword } = require(path.join(root, 'apps/api/dist/auth/passwords.js'));
  const config = loadApiConfig({
    DATABASE_URL: pg.url,
    REDIS_URL: redis.url,
    JWT_SECRET: randomBytes(32).toString('hex'),
    ADMIN_EMAIL: 'admin@bench.test',
    ADMIN_PASSWORD: 'bench-password',
    LOGIN_THROTTLE_PER_MINUTE: '1000000', // the per-address guard would stop the attacker before the lock does
  });
  const app = await createApp(config, false);
  const db = app.get(DataSource);

  const hash = await hashPassword('bench-password');
  const emails = [];
  for (let i = 0; i <= USERS; i++) {
    const email = `user${i}@bench.test`;
    const [{ id }] = await db.query(
      `INSERT INTO accounts (branch_id, type, name, email, password_hash, parent_id, path, role_id, balance)
       SELECT branch_id, 3, $1, $1, $2, id, '', role_id, '0' FROM accounts WHERE type = 1 RETURNING id`,
      [email, hash],
    );
    await db.query(`UPDATE accounts SET path = (SELECT path FROM accounts WHERE type = 1) || $1 || '/', principal_id = $1 WHERE id = $1`, [id]);
    emails.push(email);
  }
  const victim = emails.pop();

  const login = (email, password, remoteAddress) => app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress });

  async function signInLatencies() {
    const latencies = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: USER_CONCURRENCY }, async () => {
        while (next < SIGN_INS) {
          const n = next++;
          const started = process.hrtime.bigint();
          const res = await login(emails[n % USERS], 'bench-password', `10.0.1.${n % USERS}`);
          if (res.statusCode !== 200) throw new Error(`sign-in answered ${res.statusCode}: ${res.body}`);
          latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
        }
      }),
    );
    latencies.sort((a, b) => a - b);
    const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1);
    return `p50 ${at(0.5)} ms, p99 ${at(0.99)} ms`;
  }

  for (let i = 0; i < 20; i++) await login(emails[i % USERS], 'bench-password', '10.0.9.9'); // warm-up
  console.log(`other users' sign-ins, no attack (${SIGN_INS}, ${USER_CONCURRENCY} at a time): ${await signInLatencies()}`);

  const statuses = {};
  const guess = async () => {
    const res = await login(victim, 'wrong-password', '203.0.113.66');
    statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
  };
  const burst = () => Promise.all(Array.from({ length: ATTACKERS }, guess));
  /** Other users' sign-ins while `attack(isOn)` runs; then how many guesses there were and how many were hashed. */
  async function during(label, attack) {
    for (const key of Object.keys(statuses)) delete statuses[key];
    let on = true;
    const started = Date.now();
    const attacking = attack(() => on);
    const latencies = await signInLatencies();
    on = false;
    await attacking;
    const seconds = (Date.now() - started) / 1000;
    const [{ hashed }] = await db.query(
      `SELECT count(*)::int AS hashed FROM audit_log WHERE action = 'auth.login_failed' AND target_label = $1 AND changes->>'reason' = 'wrong password'`,
      [victim],
    );
    const guesses = Object.values(statuses).reduce((a, b) => a + b, 0);
    console.log(`other users' sign-ins during ${label}: ${latencies}`);
    console.log(`  ${guesses} wrong passwords in ${seconds.toFixed(1)} s, answers ${JSON.stringify(statuses)}; reached argon2 so far: ${hashed}`);
  }

  await during(`bursts of ${ATTACKERS} every ${BURST_INTERVAL_MS} ms`, async (isOn) => {
    const bursts = [];
    while (isOn()) {
      bursts.push(burst());
      await new Promise((resolve) => setTimeout(resolve, BURST_INTERVAL_MS));
    }
    await Promise.all(bursts);
  });
  await during(`a flood of ${ATTACKERS} in flight`, (isOn) =>
    Promise.all(
      Array.from({ length: ATTACKERS }, async () => {
        while (isOn()) await guess();
      }),
    ),
  );
  const owner = await login(victim, 'bench-password', '198.51.100.1');
  console.log(`the victim from another address during its lock: ${owner.statusCode}`);
  await app.close();
} finally {
  await redis.stop();
  await pg.stop();
}
