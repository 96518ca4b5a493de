// The anchors every other benchmark compares against, measured in the same run: a bare Fastify hello, a bare Nest +
// passport-jwt hello (both as child processes, no logger), and CASL's `can()` on a prebuilt ability against
// Tiergate's authorization decision on a cache hit (the effective-permission Set the guard consults).
export const title = 'Anchors: bare hellos and the authorization decision';
export const order = 0;

export async function run(h) {
  const fastify = await h.anchor('fastify-hello');
  const nest = await h.anchor('nest-passport-hello');
  const rounds = await h.rounds({
    'fastify-hello': { url: `${fastify.url}/hello` },
    'nest-passport-hello': { url: `${nest.url}/hello`, headers: { authorization: `Bearer ${nest.token}` } },
  });
  const f = rounds['fastify-hello'];
  const n = rounds['nest-passport-hello'];
  h.section('Hello over HTTP (10 connections)');
  h.text(
    'Each anchor runs as its own process, as the API does; the cases alternate within each round (3 rounds of 2 s after a 0.5 s warm-up), and a figure is the median of the rounds.',
  );
  h.table(
    ['Anchor', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'cold start to first 200', 'RSS after the rounds'],
    [
      ['bare Fastify `GET /hello`', ...figures(f), `${fastify.coldStartMs} ms`, mib(fastify.rss())],
      ['bare Nest + passport-jwt `GET /hello` (Bearer token)', ...figures(n), `${nest.coldStartMs} ms`, mib(nest.rss())],
    ],
  );
  h.text(`Nest + passport-jwt serves ${(n.rps / f.rps).toFixed(2)}× bare Fastify's requests per second.`);
  await nest.stop();
  await fastify.stop();

  // Tiergate's decision: the built library's effective permissions of a reseller holding every reseller key.
  const { AccountType, allowedKeysForType, effectivePermissions } = h.apiRequire('@tiergate/access');
  const keys = allowedKeysForType(AccountType.Reseller);
  const held = effectivePermissions({ type: AccountType.Reseller, rolePermissions: keys });
  const key = 'subscriber_module';
  const access = Promise.resolve({ permissions: held });
  // CASL with the same keys as actions on one subject type, built once.
  const ability = h.caslAbility(keys.map((action) => ({ action, subject: 'Subscriber' })));
  const casl = h.micro('CASL can()', () => ability.can(key, 'Subscriber'));
  const setHas = h.micro('Set.has', () => held.has(key));
  const awaited = await h.microAsync('await, then Set.has', async () => (await access).permissions.has(key));
  h.section('The authorization decision, in process');
  h.text(`A reseller's ${held.size} effective keys; each figure is the median of 5 batches after a warm-up.`);
  h.table(
    ['Decision', 'ns per call', '× CASL'],
    [
      ["CASL `ability.can(key, 'Subscriber')` on a prebuilt ability", casl.toFixed(1), '1.00'],
      ["Tiergate, cache hit: `permissions.has(key)` (the guard's Set)", setHas.toFixed(1), (setHas / casl).toFixed(2)],
      ['the same after an `await` of the cached entry (as the guard reads its cache)', awaited.toFixed(1), (awaited / casl).toFixed(2)],
    ],
  );
}

const figures = (r) => [Math.round(r.rps), r.p50.toFixed(2), r.p95.toFixed(2), r.p99.toFixed(2)];
const mib = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
