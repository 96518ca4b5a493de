import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { TestApi } from '../support/harness';
import { Fixtures, kindOfPath } from './fixtures';
import { FuzzRequest, RequestGenerator } from './generator';
import { Answer, contractViolation, inputViolation } from './oracle';
import { Prng } from './prng';
import { Route, routeKey, routesOf } from './routes';

export interface FuzzOptions {
  seed: number;
  requests: number;
  /** Fresh victims every so many requests, so that late requests still find something to edit or delete. */
  replenishEvery?: number;
  /** A request unanswered for this long counts as hung. */
  timeoutMs?: number;
  /** Only requests the contract accepts (credentials still vary): for checking answers rather than attacking. */
  validOnly?: boolean;
  /** What else is wrong with an answer (say, off the OpenAPI document), or undefined. */
  check?: (request: FuzzRequest, answer: Answer) => string | undefined;
}

export interface Failure {
  request: FuzzRequest;
  answer?: Answer;
  reason: string;
}

interface RouteTally {
  sent: number;
  /** Answers to a signed-in account that got past authentication, authorization and the body parser. */
  reached: number;
  succeeded: number;
}

export interface FuzzResult {
  routes: Route[];
  failures: Failure[];
  tally: Map<string, RouteTally>;
  statuses: Map<number, number>;
  /** Requests by identity (signed-in accounts and broken credentials). */
  identities: Map<string, number>;
  /** Answers by input class and status: shows what each class of input meets (FUZZ_VERBOSE prints it). */
  classes: Map<string, Map<number, number>>;
  /** Requests the HTTP layer could not even form (light-my-request refused them): by class. */
  unsendable: Map<string, number>;
  /** Things worth a look that do not break the contract. */
  notes: string[];
  /** Hostile requests of signed-in accounts that succeeded: mostly fine (a 2024-02-29), worth a look in FUZZ_VERBOSE. */
  accepted: FuzzRequest[];
  ms: number;
}

/** Routes after whose success the caller's session is over: the identity signs in again. A password change keeps it. */
const SESSION_ENDING = new Set(['POST /api/auth/logout']);
/** Statuses that say the request stopped before the route's own code (parser, guard, limits). */
const STOPPED_EARLY = new Set([401, 403, 405, 413, 414, 415, 429]);

export async function runFuzz(api: TestApi, options: FuzzOptions): Promise<FuzzResult> {
  const { seed, requests, replenishEvery = 400, timeoutMs = 10_000, validOnly = false, check } = options;
  const doc = await api.anonymous.get('/docs-json');
  if (doc.status !== 200) throw new Error(`GET /api/docs-json answered ${doc.status}`);
  const routes = routesOf(doc.body);
  const fixtures = await Fixtures.build(api);
  const generator = new RequestGenerator(routes, fixtures, new Prng(seed));
  const db = api.app.get(DataSource);
  const result: FuzzResult = {
    routes,
    failures: [],
    tally: new Map(routes.map((r) => [routeKey(r), { sent: 0, reached: 0, succeeded: 0 }])),
    statuses: new Map(),
    identities: new Map(),
    classes: new Map(),
    unsendable: new Map(),
    notes: [],
    accepted: [],
    ms: 0,
  };
  const count = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
  // Every change writes an audit entry in its transaction (R12): an entry after an error means the error wrote.
  const lastAuditId = async () => Number((await db.query(`SELECT coalesce(max(id), 0) AS id FROM audit_log WHERE action NOT LIKE 'auth.%'`))[0].id);
  let auditHigh = await lastAuditId();

  async function exchange(request: FuzzRequest) {
    const key = routeKey(request.route);
    const tally = result.tally.get(key)!;
    tally.sent++;
    count(result.identities, request.identity.name);
    let answer: Answer;
    try {
      answer = await send(api, request, timeoutMs);
    } catch (e) {
      if (e instanceof Hung) result.failures.push({ request, reason: e.message });
      else count(result.unsendable, request.inputClass);
      return;
    }
    count(result.statuses, answer.status);
    if (!result.classes.has(request.inputClass)) result.classes.set(request.inputClass, new Map());
    count(result.classes.get(request.inputClass)!, answer.status);
    const violation = contractViolation(answer, request.route.answerTypes) ?? inputViolation(request, answer) ?? check?.(request, answer);
    if (violation) result.failures.push({ request, answer, reason: violation });

    const signedIn = !!request.identity.login;
    const sameRoute = request.method === request.route.method;
    const ok = answer.status >= 200 && answer.status < 300;
    if (signedIn && sameRoute && !STOPPED_EARLY.has(answer.status) && !isParserOrRouterError(answer)) tally.reached++;
    if (ok && sameRoute) tally.succeeded++;
    if (ok && signedIn && /^(body|query|path):/.test(request.inputClass)) result.accepted.push(request);

    const audited = await lastAuditId();
    if (answer.status >= 400 && audited !== auditHigh)
      result.failures.push({ request, answer, reason: `a ${answer.status} wrote an audit entry (a change was made)` });
    auditHigh = audited;
    if (ok && sameRoute) learnFrom(fixtures, request, answer);
    const refusedUnexpectedly = answer.status === 401 && !request.route.isPublic;
    if (signedIn && ((ok && SESSION_ENDING.has(key)) || refusedUnexpectedly)) {
      if (refusedUnexpectedly && !SESSION_ENDING.has(key))
        result.notes.push(`#${request.n} ${request.identity.name} was refused with 401 on ${request.method} ${request.url.slice(0, 80)}: signed in again`);
      await fixtures.signIn(request.identity);
    }
  }

  const started = Date.now();
  for (let n = 0, sent = 0, replenishedAt = 0; sent < requests; n++) {
    if (sent - replenishedAt >= replenishEvery) {
      replenishedAt = sent;
      await fixtures.replenish();
      auditHigh = await lastAuditId();
    }
    const request = generator.next(n, validOnly);
    for (let i = 0; i < request.repeat && sent < requests; i++, sent++) await exchange(request);
  }
  result.ms = Date.now() - started;
  return result;
}

class Hung extends Error {}

async function send(api: TestApi, request: FuzzRequest, timeoutMs: number): Promise<Answer> {
  // An endless answer (GET /api/events) is read up to its first chunk, then the fuzzer hangs up.
  const streamed = request.route.answerTypes.includes('text/event-stream');
  const injected = api.app
    .inject({
      method: request.method as 'GET',
      url: request.url,
      headers: request.headers,
      remoteAddress: request.remoteAddress,
      ...(request.payload !== undefined && { payload: request.payload }),
      ...(streamed && { payloadAsStream: true }),
    })
    .then(async (res) => ({ statusCode: res.statusCode, headers: res.headers, body: streamed ? await firstChunks(res.stream(), res.statusCode) : res.body }));
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Hung(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const res = await Promise.race([injected, hung]);
    return { method: request.method, status: res.statusCode, headers: res.headers, body: res.body };
  } finally {
    clearTimeout(timer);
  }
}

/** A refusal's whole body; a stream's first chunk, after which the stream is closed. */
async function firstChunks(stream: Readable, status: number): Promise<string> {
  let text = '';
  for await (const chunk of stream) {
    text += String(chunk);
    if (status < 300) break;
  }
  stream.destroy();
  return text;
}

function isParserOrRouterError(answer: Answer): boolean {
  if (answer.status !== 400 && answer.status !== 404) return false;
  try {
    const message = String(JSON.parse(answer.body).message);
    return /^Cannot [A-Z]+ |JSON|[Bb]ody/.test(message);
  } catch {
    return true;
  }
}

/** What a success teaches the fuzzer: new ids to aim at, the rotated refresh token. */
function learnFrom(fixtures: Fixtures, request: FuzzRequest, answer: Answer) {
  // A hostile new password can be a valid one: it is what the identity signs in with from now on. The body is read as
  // Fastify reads it, which drops a leading byte order mark (RFC 8259 allows either).
  if (request.route.path === '/api/me/password' && request.identity.login) {
    request.identity.login.password = JSON.parse(request.payload!.replace(/^\ufeff/, '')).newPassword;
  }
  let body: any;
  try {
    body = JSON.parse(answer.body);
  } catch {
    return;
  }
  if (typeof body?.refreshToken === 'string' && request.route.path === '/api/auth/refresh') fixtures.refreshToken = body.refreshToken;
  const kind = kindOfPath(request.route.path);
  if (request.method === 'POST' && kind && !request.route.pathParams.length) fixtures.remember(kind, body?.id);
  if (kind === 'role' && Number.isInteger(body?.id) && Number.isInteger(body?.type)) fixtures.roleTypes.set(body.id, body.type);
}

const clip = (text: string, max = 160) => {
  const shown = JSON.stringify(text).slice(1, -1);
  return shown.length > max ? `${shown.slice(0, max)}…(${text.length} chars)` : shown;
};

/**
 * The class a failure is filed under: the credential when it decided the answer (a 401, or a 5xx on a route
 * that needs a token when the token was broken), else the input.
 */
function classOf({ request, answer }: Failure): { inputClass: string; detail: string } {
  const status = answer?.status ?? 0;
  const broken = !request.identity.login && request.identity.name !== 'anonymous';
  const credentialDecided = status === 401 || (broken && !request.route.isPublic && status >= 500);
  return credentialDecided
    ? { inputClass: `auth:${request.identity.name}`, detail: request.credential }
    : { inputClass: request.inputClass, detail: request.detail };
}

/**
 * A compact report: one line per (status, input class, reason) with the routes it hit and its first failing
 * request, so that each line goes to whoever owns that class of fault.
 */
export function formatReport(result: FuzzResult, seed: number, requests: number): string {
  const groups = new Map<string, Failure[]>();
  for (const failure of result.failures) {
    const key = `${failure.answer?.status ?? 'hang'} ${classOf(failure).inputClass}\t${failure.reason.replace(/\d+/g, 'N')}`;
    groups.set(key, [...(groups.get(key) ?? []), failure]);
  }
  const statuses = [...result.statuses]
    .sort(([a], [b]) => a - b)
    .map(([s, c]) => `${s}×${c}`)
    .join(' ');
  const lines = [
    `fuzz: seed ${seed}, ${requests} requests over ${result.routes.length} routes in ${(result.ms / 1000).toFixed(1)} s; answers ${statuses}`,
    `replay: FUZZ_SEED=${seed} FUZZ_REQUESTS=${requests} node scripts/test.mjs apps/api/test/fuzz.spec.ts`,
    `${result.failures.length} answers off the contract, in ${groups.size} groups (status class: reason ×count [fields or variants] on routes; first request, answer):`,
  ];
  for (const [key, failures] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const [{ request, answer, reason }] = failures;
    const details = [...new Set(failures.map((f) => classOf(f).detail).filter(Boolean))].slice(0, 6).map((d) => clip(d, 30));
    const routes = [...new Set(failures.map((f) => routeKey(f.request.route)))];
    lines.push(
      `  ${key.split('\t')[0]}: ${reason} ×${failures.length}${details.length ? ` [${details.join(', ')}]` : ''} on ${routes.slice(0, 6).join(', ')}${routes.length > 6 ? ` and ${routes.length - 6} more` : ''}`,
    );
    const headers = Object.entries(request.headers)
      .filter(([h]) => h !== 'user-agent' && h !== 'authorization')
      .map(([h, v]) => `${h}: ${clip(v, 40)}`);
    lines.push(
      `      #${request.n} as ${request.identity.name} (${request.credential}), ${request.inputClass}: ${request.method} ${clip(request.url, 120)}${headers.length ? ` {${headers.join('; ')}}` : ''}${request.payload !== undefined ? ` ${clip(request.payload)}` : ''}`,
    );
    if (answer) lines.push(`      → ${answer.status} ${clip(answer.body, 200)}`);
  }
  if (result.unsendable.size) lines.push(`not sendable through inject (skipped): ${[...result.unsendable].map(([c, n]) => `${c}×${n}`).join(', ')}`);
  const neverSucceeded = [...result.tally].filter(([, t]) => !t.succeeded).map(([k]) => k);
  if (neverSucceeded.length) lines.push(`routes with no 2xx in this run: ${neverSucceeded.join(', ')}`);
  if (result.notes.length)
    lines.push(`notes:`, ...result.notes.slice(0, 10).map((n) => `  ${n}`), ...(result.notes.length > 10 ? [`  … ${result.notes.length - 10} more`] : []));
  return lines.join('\n');
}

/** One line per input class: how often each status answered it. */
export function formatClassTable(result: FuzzResult): string {
  return [...result.classes]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([inputClass, byStatus]) =>
        `  ${inputClass.padEnd(32)} ${[...byStatus]
          .sort(([a], [b]) => a - b)
          .map(([s, c]) => `${s}×${c}`)
          .join(' ')}`,
    )
    .join('\n');
}

/** The hostile inputs that were accepted, one per (route, class, field). */
export function formatAccepted(result: FuzzResult): string {
  const seen = new Map<string, FuzzRequest>();
  for (const r of result.accepted)
    seen.set(`${routeKey(r.route)} ${r.inputClass} ${r.detail}`, seen.get(`${routeKey(r.route)} ${r.inputClass} ${r.detail}`) ?? r);
  return [...seen.values()]
    .map((r) => `  #${r.n} ${r.inputClass} [${clip(r.detail, 30)}]: ${r.method} ${clip(r.url, 100)} ${r.payload === undefined ? '' : clip(r.payload, 120)}`)
    .join('\n');
}
