// What recording permission uses (R15's access review) costs: UsageRecorder.record alone, whole authorized requests
// with recording and with it switched off (against GET /api/permissions, a route whose rule records nothing), and one
// flush of many uses. In process (the API's createApp, Fastify inject): switching recording off needs its internals.
export const title = 'Recording permission uses (R15)';
export const order = 70;

const CHUNKS = 12;
const CHUNK = 100;
const FLUSH_ACCOUNTS = 2000;
const KEYS = ['subscriber_module', 'add_subscriber', 'edit_subscriber', 'user_module', 'role_module'];

export async function run(h) {
  const { url: databaseUrl, sql } = await h.database('usage_recording');
  const app = await h.app({ databaseUrl });
  const { UsageRecorder } = h.apiRequire(`${h.root}/apps/api/dist/access/usage-recorder.js`);
  const recorder = app.get(UsageRecorder);
  const record = recorder.record.bind(recorder);

  // 1. record() alone: a pair already noted this hour (every request after the first), and new pairs (of 20 tenants,
  // 30,000 in all: under both the instance's room and each tenant's, so that every call is one noted).
  const caller = { id: 1, roleId: 1, principalPath: '/1/' };
  const tenants = Array.from({ length: 20 }, (_, i) => `/1/${i + 2}/`);
  record(caller, ['role_module']);
  const noted = h.micro('record(), pair noted', () => record(caller, ['role_module']));
  let fresh = 100_000;
  const newPair = h.micro('record(), a new pair', () => record({ id: fresh, roleId: 1, principalPath: tenants[fresh++ % 20] }, ['role_module']), {
    n: 5_000,
  });
  await recorder.flush(); // those accounts do not exist: the statement skips them

  // 2. Whole requests, recording on and off, in short chunks in a fresh random order each time, so that a burst of
  // load from elsewhere hits all alike and no case always follows the same one (the anchor's 20 KB answers leave
  // garbage that slows whatever comes next); `control` repeats `on` to show how far two identical cases differ.
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: h.admin.email, password: h.admin.password } });
  const headers = { authorization: `Bearer ${login.json().accessToken}` };
  const timeRequests = async (url) => {
    const started = performance.now();
    for (let i = 0; i < CHUNK; i++) await app.inject({ url, headers });
    return ((performance.now() - started) * 1000) / CHUNK;
  };
  const cases = {
    anchor: () => timeRequests('/api/permissions'),
    on: () => (delete recorder.record, timeRequests('/api/roles')),
    off: () => ((recorder.record = () => undefined), timeRequests('/api/roles')),
    control: () => (delete recorder.record, timeRequests('/api/roles')),
  };
  for (const name of Object.keys(cases)) await cases[name](); // warm-up
  const results = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
  for (let chunk = 0; chunk < CHUNKS; chunk++) {
    const order = Object.keys(cases)
      .map((name) => [Math.random(), name])
      .sort(([x], [y]) => x - y);
    for (const [, name] of order) results[name].push(await cases[name]());
  }
  delete recorder.record; // the class's own method again
  const [anchor, on, off, control] = ['anchor', 'on', 'off', 'control'].map((name) => h.median(results[name]));

  // 3. One flush of FLUSH_ACCOUNTS × 5 new uses (the worst hour: every pair new), then the same again as updates.
  const { rows: admin } = await sql.query(`SELECT role_id FROM accounts WHERE type = 1`);
  const { rows: made } = await sql.query(
    `INSERT INTO accounts (branch_id, type, name, email, password_hash, parent_id, principal_id, path, role_id)
     SELECT 1, 2, 'bench ' || g, 'bench' || g || '@b.cd', 'x', 1, 1, '/1/', $1 FROM generate_series(1, $2) g RETURNING id`,
    [admin[0].role_id, FLUSH_ACCOUNTS],
  );
  const flushes = [];
  for (const kind of ['all new rows', 'all updates']) {
    // A new hour: every pair is noted again (the recorder's own hour timer, restarted).
    clearTimeout(recorder.hourTimer);
    recorder.startHour();
    for (const { id } of made) record({ id, roleId: admin[0].role_id, principalPath: '/1/' }, KEYS);
    if (recorder.pending.length !== made.length * KEYS.length) throw new Error(`${recorder.pending.length} uses noted for the flush`);
    const started = performance.now();
    await recorder.flush();
    flushes.push([
      `one flush of ${(made.length * KEYS.length).toLocaleString('en')} uses, ${kind} (one statement)`,
      `${(performance.now() - started).toFixed(0)} ms`,
    ]);
  }

  h.text(
    `\`GET /api/roles\` (role_module, one SQL query) with recording on and switched off, against \`GET /api/permissions\` (nothing recorded), ` +
      `in ${CHUNKS} chunks of ${CHUNK} requests each (Fastify inject, no socket); a figure is the median of the chunks.`,
  );
  const us = (x) => `${x.toFixed(0)} µs (${(x / anchor).toFixed(2)}×)`;
  h.table(
    ['What', 'Per call / request'],
    [
      ['`record()`, pair already noted this hour (every later use)', `${noted.toFixed(0)} ns`],
      ['`record()`, a new pair (first use in the hour)', `${newPair.toFixed(0)} ns`],
      ['`GET /api/permissions` (anchor)', `${anchor.toFixed(0)} µs`],
      ['`GET /api/roles`, recording on', us(on)],
      ['`GET /api/roles`, recording off', us(off)],
      ['`GET /api/roles`, recording on again (control)', us(control)],
      ...flushes,
    ],
  );
  h.text(`on − off: ${(on - off).toFixed(0)} µs; control − on: ${(control - on).toFixed(0)} µs per request (two identical cases: the noise).`);
  const share = noted / 1000 / anchor;
  h.check(
    'Recording a use already noted costs under 1% of an authenticated request (R15)',
    share < 0.01,
    `${noted.toFixed(0)} ns, ${(share * 100).toFixed(3)}% of \`GET /api/permissions\``,
  );
}
