// Sign-in under an attack on one account from one address (issue 7, 12b): how many of the wrong passwords reach
// argon2, and how long other users' sign-ins take, with no attack, with bursts of guesses and with a flood. Through
// the built API over HTTP; each client's address comes in X-Forwarded-For (the API trusts the harness as its proxy),
// and the per-address guard (LOGIN_THROTTLE_PER_MINUTE) is lifted so that the account's lock alone is measured.
import http from 'node:http';

export const title = 'Sign-in under a burst of wrong passwords';
export const order = 20;

const ATTACKERS = 30; // concurrent guesses against the victim
const BURST_INTERVAL_MS = 250;
const USERS = 20; // other accounts, each signing in from its own address
const PHASE_SECONDS = 15; // each phase: other users sign in for this long
const USER_CONCURRENCY = 2;
/** apps/api/src/auth/login-throttle.ts: the failures a pair (email, address) gets before its lock, which lasts 30 s,
 * doubling with each failure after it runs out. */
const FREE_FAILURES = 5;
const BASE_LOCK_SECONDS = 30;

export async function run(h) {
  const { url: databaseUrl, sql } = await h.database('login_burst');
  const { hashPassword } = h.apiRequire(`${h.root}/apps/api/dist/auth/passwords.js`);
  const hash = await hashPassword(h.password);
  const emails = [];
  for (let i = 0; i <= USERS; i++) emails.push(`user${i}@bench.test`);
  // Resellers under the Admin (the Admin's role: sign-in does not look at it).
  await sql.query(
    `INSERT INTO accounts (branch_id, type, name, email, password_hash, parent_id, path, role_id, balance)
     SELECT a.branch_id, 3, e, e, $2, a.id, '', a.role_id, 0 FROM accounts a, unnest($1::text[]) e WHERE a.type = 1`,
    [emails, hash],
  );
  await sql.query(`UPDATE accounts a SET path = p.path || a.id || '/', principal_id = a.id FROM accounts p WHERE a.parent_id = p.id AND a.path = ''`);
  const victim = emails.pop();
  const api = await h.api({ databaseUrl, env: { LOGIN_THROTTLE_PER_MINUTE: '1000000', TRUST_PROXY: '127.0.0.1' } });

  // The attacker and the other users are different clients: each has connections of its own.
  const attacker = new http.Agent({ keepAlive: true, maxSockets: ATTACKERS });
  const users = new http.Agent({ keepAlive: true, maxSockets: USER_CONCURRENCY });
  const login = (email, password, address, agent = users) =>
    h.request(`${api.url}/api/auth/login`, { method: 'POST', headers: { 'x-forwarded-for': address }, body: { email, password }, agent });

  /** Other users' sign-ins, USER_CONCURRENCY at a time for PHASE_SECONDS: how many, p50 and p99 in ms. */
  async function signIns() {
    const latencies = [];
    const until = performance.now() + PHASE_SECONDS * 1000;
    let n = 0;
    await Promise.all(
      Array.from({ length: USER_CONCURRENCY }, async () => {
        while (performance.now() < until) {
          const user = n++ % USERS;
          const started = performance.now();
          const res = await login(emails[user], h.password, `10.0.1.${user}`);
          if (res.status !== 200) throw new Error(`sign-in answered ${res.status}: ${res.body}`);
          latencies.push(performance.now() - started);
        }
      }),
    );
    latencies.sort((a, b) => a - b);
    const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(0);
    return `${latencies.length}: ${at(0.5)} / ${at(0.99)} ms`;
  }

  for (let i = 0; i < 20; i++) await login(emails[i % USERS], h.password, '10.0.9.9'); // warm-up
  const rows = [['no attack', await signIns(), '–', '–']];

  const statuses = {};
  /** One wrong password; its answer's status is counted (a failed connection as its error code). */
  const guess = async () => {
    const status = await login(victim, 'wrong-password', '203.0.113.66', attacker).then(
      (res) => res.status,
      (e) => e.code ?? 'error',
    );
    statuses[status] = (statuses[status] ?? 0) + 1;
  };
  let attackSeconds = 0;
  const hashedSoFar = async () =>
    (
      await sql.query(
        `SELECT count(*)::int AS hashed FROM audit_log WHERE action = 'auth.login_failed' AND target_label = $1 AND changes->>'reason' = 'wrong password'`,
        [victim],
      )
    ).rows[0].hashed;
  /** Other users' sign-ins while `attack(isOn)` runs, then the guesses made and how many reached argon2 so far. */
  async function during(label, attack) {
    for (const key of Object.keys(statuses)) delete statuses[key];
    let on = true;
    const started = performance.now();
    const attacking = attack(() => on);
    const latencies = await signIns().finally(() => (on = false));
    await attacking;
    const seconds = (performance.now() - started) / 1000;
    attackSeconds += seconds;
    const guesses = Object.values(statuses).reduce((a, b) => a + b, 0);
    const hashed = await hashedSoFar();
    rows.push([label, latencies, `${guesses} in ${seconds.toFixed(1)} s (${JSON.stringify(statuses)})`, String(hashed)]);
    return hashed;
  }

  // A burst every BURST_INTERVAL_MS, or once the previous one is answered if that takes longer: at most ATTACKERS in
  // flight, so that a server slowed by the machine's load does not face a backlog that only grows.
  await during(`bursts of ${ATTACKERS} every ${BURST_INTERVAL_MS} ms`, async (isOn) => {
    while (isOn()) {
      await Promise.all([...Array.from({ length: ATTACKERS }, guess), new Promise((resolve) => setTimeout(resolve, BURST_INTERVAL_MS))]);
    }
  });
  const hashed = await during(`a flood of ${ATTACKERS} in flight`, (isOn) =>
    Promise.all(
      Array.from({ length: ATTACKERS }, async () => {
        while (isOn()) await guess();
      }),
    ),
  );
  const owner = await login(victim, h.password, '198.51.100.1');

  h.text(
    `The victim is attacked from one address while ${USERS} other users sign in from their own (for ${PHASE_SECONDS} s per phase, ` +
      `${USER_CONCURRENCY} at a time). The built API over HTTP; the per-address limit is lifted, so only the account's lock is measured.`,
  );
  h.table(['Phase', "Other users' sign-ins: how many, p50 / p99", 'Wrong passwords (answers)', 'Reached argon2 so far'], rows);
  // Each time the lock runs out (after 30 s, then 60 s more, …) one more guess is hashed, and locks it again for longer.
  let expiries = 0;
  while (BASE_LOCK_SECONDS * (2 ** (expiries + 1) - 1) < attackSeconds) expiries++;
  h.check(
    `At most ${FREE_FAILURES} wrong passwords reach argon2, and one more each time the lock runs out`,
    hashed <= FREE_FAILURES + expiries,
    `${hashed} in ${attackSeconds.toFixed(0)} s of attack (the lock ran out ${expiries}×)`,
  );
  h.check('The victim signs in from another address during its lock', owner.status === 200, `answered ${owner.status}`);
}
