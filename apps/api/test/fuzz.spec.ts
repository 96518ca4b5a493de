import { openApi, TestApi } from './support/harness';
import { registeredRoutes, routeKey } from './fuzz/routes';
import { answerChecker } from './support/openapi-answers';
import { formatAccepted, formatClassTable, formatReport, FuzzResult, runFuzz } from './fuzz/runner';

/** A fixed default seed keeps `pnpm test` reproducible; FUZZ_SEED and FUZZ_REQUESTS explore further (`pnpm fuzz` runs 10,000). */
const SEED = Number(process.env.FUZZ_SEED ?? 20240607);
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 2_000);

/** The kinds of hostile input of issue 7: each one is sent in every run. */
const REQUIRED_CLASSES = [
  'valid',
  'body:huge-number',
  'body:bad-number',
  'body:nul-byte',
  'body:lone-surrogate',
  'body:deep-nesting',
  'body:bad-date',
  'body:null',
  'body:wrong-type',
  'body:long-string',
  'body:proto-key',
  'body:empty-json-body',
  'body:malformed-json',
  'body:not-an-object',
  'body:unknown-field',
  'body:missing-required',
  'body:oversize',
  'body:wrong-content-type',
  'query:huge-number',
  'query:nul-byte',
  'query:bad-date',
  'query:repeated',
  'query:raw-garbage',
  'path:hostile-id',
  'transport:long-url',
  'transport:odd-method',
];

let api: TestApi;
let result: FuzzResult;

beforeAll(
  async () => {
    ({ api } = await openApi({ LOGIN_THROTTLE_PER_MINUTE: '10' }, { admin: false }));
    // Each answer also keeps the OpenAPI document: a declared status, a body its schema accepts. A path variant
    // (`/api/x/`, `/API/X`) reaches another route or none, so it answers for no operation.
    const check = answerChecker((await api.anonymous.get('/docs-json')).body);
    result = await runFuzz(api, {
      seed: SEED,
      requests: REQUESTS,
      check: (request, answer) =>
        request.method === request.route.method && request.inputClass !== 'transport:path-variant'
          ? check(request.method, request.route.path, answer)
          : undefined,
    });
    const verbose = process.env.FUZZ_VERBOSE
      ? `\nanswers by input class:\n${formatClassTable(result)}\nhostile input accepted:\n${formatAccepted(result)}`
      : '';
    // A failing run throws the same report from its test below.
    if (!result.failures.length || verbose) console.log(formatReport(result, SEED, REQUESTS) + verbose);
  },
  60_000 + REQUESTS * 50,
);
afterAll(() => api?.close());

it('covers every route the app registers, reaching each past authentication and validation, with every kind of input and credential', () => {
  expect(result.routes.map(routeKey)).toEqual(registeredRoutes(api.app));
  expect([...result.tally].filter(([, t]) => !t.reached).map(([route]) => route)).toEqual([]);
  expect(REQUIRED_CLASSES.filter((c) => !result.classes.has(c))).toEqual([]);
  expect([...result.identities.keys()].sort()).toEqual([
    'admin',
    'alg-none',
    'anonymous',
    'disabled-account',
    'expired-token',
    'forged-claims',
    'garbage-token',
    'malformed-header',
    'manager',
    'reseller',
    'revoked-token',
    'wrong-algorithm',
    'wrong-signature',
  ]);
});

it(`answers ${REQUESTS} hostile requests (seed ${SEED}) with no 5xx and every error in the contract's shape`, () => {
  if (result.failures.length) throw new Error(formatReport(result, SEED, REQUESTS));
});
