import { ALL_PERMISSION_KEYS } from '@tiergate/access';
import { Fixtures, Identity, kindOfField, kindOfPath } from './fixtures';
import { Prng } from './prng';
import { Route, Schema } from './routes';
import { asQueryText, classesFor, HOSTILE_PATH_IDS, HOSTILE_QUERY_TEXT, hostileValue, percentEncode, toJsonText } from './values';

export interface FuzzRequest {
  /** Its place in the run: with the seed, enough to replay it. */
  n: number;
  route: Route;
  identity: Identity;
  /** Which variant of the identity's credential was sent (`sub=abc`, `expired`, …). */
  credential: string;
  /** What kind of hostility it carries, as `where:what` (`body:nul-byte`, `path:hostile-id`, `valid`). */
  inputClass: string;
  /** Which field, parameter or variant the hostility went into. */
  detail: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
  /** The client address, one of many, so that throttling per address only stops the bursts aimed at it. */
  remoteAddress: string;
  /** How many times it is sent in a row (a burst against a throttled route); 1 otherwise. */
  repeat: number;
}

type Body = Record<string, unknown>;

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** What a burst puts in a credential field, so that every attempt of it fails and counts. */
const WRONG_CREDENTIALS: Record<string, string> = {
  password: 'not-the-password',
  refreshToken: '00000000-0000-4000-8000-000000000000.never-issued-secret-00000000000000000000',
};
const BURST_LENGTH = 12;
const withWrongCredentials = (body: Body): Body => Object.fromEntries(Object.entries(body).map(([k, v]) => [k, WRONG_CREDENTIALS[k] ?? v]));
const ODD_METHODS = ['OPTIONS', 'HEAD', 'PROPFIND', 'TRACE', 'MKCOL', 'LOCK', 'SEARCH', 'GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** Builds the n-th request of a run: which route is round-robin (so every route is covered), the rest is drawn from the seed. */
export class RequestGenerator {
  private bursts = 0;

  constructor(
    private readonly routes: Route[],
    private readonly fixtures: Fixtures,
    private readonly rng: Prng,
  ) {}

  /** `validOnly`: a request the contract accepts (its credential may still be broken), for checking answers against the document. */
  next(n: number, validOnly = false): FuzzRequest {
    const rng = this.rng;
    const route = this.routes[n % this.routes.length];
    const identity = rng.weighted(this.fixtures.identities.map((i) => [i, i.login ? 3 : i.name === 'anonymous' ? 1 : 0.3] as const));
    const [credential, authorization] = identity.authorization(rng) ?? ['none', undefined];
    const request: FuzzRequest = {
      n,
      route,
      identity,
      credential,
      inputClass: 'valid',
      detail: '',
      method: route.method,
      url: '',
      headers: { 'user-agent': 'tiergate-fuzz' },
      remoteAddress: `10.7.${rng.below(16)}.${1 + rng.below(16)}`,
      repeat: 1,
    };
    if (authorization !== undefined) request.headers.authorization = authorization;

    const path = this.basePath(route);
    const query = this.baseQuery(route);
    const body = route.body ? this.baseBody(route, route.body, identity) : undefined;
    let rawQuery = '';
    let payload: string | undefined = body && toJsonText(body);

    const fields = Object.entries(route.body?.properties ?? {});
    const kind = validOnly
      ? 'valid'
      : rng.weighted<'valid' | 'body-field' | 'body-shape' | 'query' | 'path' | 'transport'>([
          ['valid', 2],
          ['body-field', fields.length ? 6 : 0],
          ['body-shape', route.body ? 3 : 1],
          ['query', route.query.length ? 4 : 1],
          ['path', route.pathParams.length ? 2 : 0],
          ['transport', 1.5],
        ]);
    if (kind === 'body-field') {
      const [name, schema] = rng.pick(fields);
      const [valueClass, value] = this.hostileFor(schema);
      body![name] = value;
      payload = toJsonText(body);
      Object.assign(request, { inputClass: `body:${valueClass}`, detail: name });
    } else if (kind === 'body-shape') {
      payload = this.reshapeBody(request, route, body ?? {});
    } else if (kind === 'query') {
      rawQuery = this.hostileQuery(request, route, query);
    } else if (kind === 'path') {
      const param = rng.pick(route.pathParams);
      path[param.name] = rng.pick(HOSTILE_PATH_IDS);
      Object.assign(request, { inputClass: 'path:hostile-id', detail: path[param.name].slice(0, 40) });
    } else if (kind === 'transport') {
      rawQuery = this.transport(request);
      if (request.inputClass === 'transport:burst') payload = toJsonText(withWrongCredentials(body ?? {}));
    }

    if (payload !== undefined && !('content-type' in request.headers) && request.inputClass !== 'body:no-content-type')
      request.headers['content-type'] = 'application/json';
    if (payload !== undefined) request.payload = payload;
    const queryText = [
      Object.entries(query)
        .map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`)
        .join('&'),
      rawQuery,
    ]
      .filter(Boolean)
      .join('&');
    const pathText = route.path.replace(/\{(\w+)\}/g, (_, name: string) => path[name]);
    request.url = (request.url || pathText) + (queryText ? `?${queryText}` : '');
    return request;
  }

  private basePath(route: Route): Record<string, string> {
    const kind = kindOfPath(route.path) ?? 'account';
    return Object.fromEntries(route.pathParams.map((p) => [p.name, String(this.fixtures.realId(this.rng, kind, MUTATING.has(route.method)))]));
  }

  private baseQuery(route: Route): Record<string, string> {
    const query: Record<string, string> = {};
    for (const param of route.query) {
      if (param.required || this.rng.chance(0.3)) query[param.name] = asQueryText(this.baseValue(route, param.name, param.schema));
    }
    // The base cursor is one of the default order: beside another sort it is refused for that alone (a valid 400).
    if (query.cursor !== undefined) delete query.sort;
    return query;
  }

  private baseBody(route: Route, schema: Schema, identity: Identity): Body {
    const body: Body = {};
    for (const [name, field] of Object.entries(schema.properties ?? {})) {
      if (schema.required?.includes(name) || this.rng.chance(0.5)) body[name] = this.baseValue(route, name, field);
    }
    // An account's type agrees with the role it is given, or no account would ever be created.
    const roleType = this.fixtures.roleTypes.get(body.roleId as number);
    if ('type' in body && roleType) body.type = roleType;
    // A password change reaches its check with the sender's own password (the throttle counts wrong ones).
    if ('currentPassword' in body && identity.login) body.currentPassword = identity.login.password;
    return body;
  }

  /** A value the contract accepts for a field, so that requests reach the services, not only the validation. */
  private baseValue(route: Route, name: string, schema: Schema): unknown {
    const { rng, fixtures } = this;
    if (route.path === '/api/auth/login' && (name === 'email' || name === 'password')) return fixtures.loginTarget[name];
    if (name === 'refreshToken') return fixtures.refreshToken;
    if (route.path === '/api/settings/modules' && name === 'key') return rng.pick(fixtures.switchableModules);
    // `<roleId>` or `<roleId>@<version>`: every role has a version 1.
    if (route.path === '/api/roles/compare') return `${fixtures.realId(rng, 'role', false)}${rng.pick(['', '@1'])}`;
    if (schema.enum?.length) return rng.pick(schema.enum);
    // A nested object (a send's `filter`): its required fields and some others, each with a value it accepts.
    if (schema.properties) {
      const fields = Object.entries(schema.properties).filter(([field]) => schema.required?.includes(field) || rng.chance(0.5));
      return Object.fromEntries(fields.map(([field, fieldSchema]) => [field, this.baseValue(route, field, fieldSchema)]));
    }
    const numeric = (s: Schema | undefined) => s?.type === 'number' || s?.type === 'integer';
    const kind = kindOfField(name);
    if (kind && numeric(schema)) return fixtures.realId(rng, kind, false);
    if (kind) return String(fixtures.realId(rng, kind, false));
    // `subscriberIds: number[]`: real ids of that kind.
    const listKind = schema.type === 'array' && numeric(schema.items) ? kindOfField(name.replace(/Ids$/, 'Id')) : undefined;
    if (listKind) return Array.from({ length: 1 + rng.below(3) }, () => fixtures.realId(rng, listKind, false));
    if (schema.type === 'array') return ALL_PERMISSION_KEYS.filter(() => rng.chance(0.03));
    if (schema.type === 'boolean') return rng.chance(0.5);
    if (schema.type === 'number' || schema.type === 'integer') {
      if (/^(limit|pageSize)$/.test(name)) return 1 + rng.below(20);
      if (name === 'version') return 1;
      return typeof schema.example === 'number' ? schema.example : 1 + rng.below(30);
    }
    // A cursor of the default order (common/keyset), so that paged requests reach the query, not only the cursor check.
    if (name === 'cursor')
      return Buffer.from(JSON.stringify({ sort: null, dir: rng.pick(['after', 'before']), value: null, id: 1 + rng.below(1_000) })).toString('base64url');
    const n = fixtures.unique();
    if (/email/i.test(name)) return `fuzz${n}@tiergate.test`;
    if (/password/i.test(name)) return fixtures.loginTarget.password;
    if (name === 'username') return `fuzz.user${n}`;
    if (/phone/i.test(name)) return '+8801700000000';
    if (/At$/.test(name)) return '2031-01-15T00:00:00.000Z';
    if (name === 'from') return '2024-01-01';
    if (name === 'to') return '2031-01-01T00:00:00Z';
    if (name === 'period') return new Date().toISOString().slice(0, 7); // within the billing window (R14)
    if (name === 'q') return rng.pick(['fuzz', 'Victim', 'a', '0170']);
    if (name === 'name') return `Fuzz ${n}`;
    return typeof schema.example === 'string' ? schema.example : `fuzz ${n}`;
  }

  private hostileFor(schema: Schema): [string, unknown] {
    const valueClass = this.rng.weighted(classesFor(schema));
    // An array is hit as a whole or through one of its items.
    if (schema.type === 'array' && schema.items && valueClass !== 'array-abuse' && this.rng.chance(0.5)) {
      const itemClass = this.rng.weighted(classesFor(schema.items));
      return [`item-${itemClass}`, [hostileValue(this.rng, itemClass)]];
    }
    return [valueClass, hostileValue(this.rng, valueClass)];
  }

  /** The body as a whole goes wrong: its syntax, its type, its size, its content type, its keys. */
  private reshapeBody(request: FuzzRequest, route: Route, body: Body): string | undefined {
    const rng = this.rng;
    const json = toJsonText(body);
    const variant = rng.weighted<string>([
      ['empty-json-body', 3],
      ['malformed-json', 3],
      ['not-an-object', 2],
      ['proto-key', 2],
      ['deep-nesting', 2],
      ['missing-required', route.body?.required?.length ? 2 : 0],
      ['unknown-field', 2],
      ['all-null', route.body ? 1 : 0],
      ['duplicate-keys', 1],
      ['oversize', 1.5],
      ['wrong-content-type', 3],
      ['no-content-type', 1],
    ]);
    request.inputClass = `body:${variant}`;
    const withFields = (extra: string) => (json === '{}' ? `{${extra}}` : `{${extra},${json.slice(1)}`);
    switch (variant) {
      case 'empty-json-body':
        return '';
      case 'malformed-json':
        return (request.detail = rng.pick([
          '{',
          '{"a":',
          '{"name": "x",}',
          "{'a':1}",
          `${json}}`,
          'nul',
          '{"a": NaN}',
          '{"a": Infinity}',
          '{"a":01}',
          `\ufeff${json}`,
          '{"a":"\u0000"}',
          '{"a":"\\ud800',
          '{"a":"\\x41"}',
          ']',
          json.slice(0, -1),
        ]));
      case 'not-an-object':
        return (request.detail = rng.pick(['null', 'true', '1', '"x"', '[]', `[${json}]`, '1e308', '-0']));
      case 'proto-key':
        return (request.detail = withFields(
          rng.pick(['"__proto__":{"isAdmin":true}', '"constructor":{"prototype":{"isAdmin":true}}', '"__proto__":null', '"prototype":{}']),
        ));
      case 'deep-nesting':
        return (request.detail = rng.pick([
          toJsonText(hostileValue(rng, 'deep-nesting')),
          withFields(`"a":${toJsonText(hostileValue(rng, 'deep-nesting'))}`),
        ])).slice(0, 60);
      case 'missing-required': {
        const name = rng.pick(route.body!.required!);
        delete body[name];
        request.detail = name;
        return toJsonText(body);
      }
      case 'unknown-field':
        return (request.detail = withFields(
          rng.pick(['"isAdmin":true', '"id":1', '"ownerId":1', '"":1', '"status":"active"', '"balance":"1e9"', '"a\\u0000b":1', '"\\ud800":1']),
        ));
      case 'all-null':
        return toJsonText(Object.fromEntries(Object.keys(route.body!.properties ?? {}).map((k) => [k, null])));
      case 'duplicate-keys':
        return withFields(
          Object.keys(body)
            .map((k) => `"${k}":{"$gt":""}`)
            .join(',') || '"a":1,"a":2',
        );
      case 'oversize':
        request.detail = rng.pick(['70k', '1M']);
        return withFields(`"padding":"${'p'.repeat(request.detail === '70k' ? 70_000 : 1_000_000)}"`);
      case 'no-content-type':
        return json;
      default: {
        const [type, text] = rng.pick<[string, string]>([
          ['text/plain', json],
          ['application/x-www-form-urlencoded', 'name=x&type=2&isAdmin=1'],
          ['multipart/form-data; boundary=fuzz', '--fuzz\r\nContent-Disposition: form-data; name="name"\r\n\r\nx\r\n--fuzz--\r\n'],
          ['application/xml', '<a>1</a>'],
          ['application/json; charset=utf-16', json],
          ['application/json; charset=latin1', json],
          ['application/vnd.api+json', json],
          ['application/jsonx', json],
          ['text/json', json],
          ['*/*', json],
          ['application/json, text/plain', json],
          ['', json],
        ]);
        request.headers['content-type'] = type;
        request.detail = type;
        return text;
      }
    }
  }

  /** Returns raw query text to append; may also change the regular query parameters. */
  private hostileQuery(request: FuzzRequest, route: Route, query: Record<string, string>): string {
    const rng = this.rng;
    const known = route.query.map((p) => p.name);
    const name =
      known.length && rng.chance(0.85)
        ? rng.pick(known)
        : rng.pick(['ownerId', 'parentId', 'status', 'subscriberId', 'accountId', 'isAdmin', 'sort', 'limit', 'q']);
    const variant = rng.weighted<string>([
      ['value', 6],
      ['repeated', 2],
      ['raw-garbage', 2],
      ['empty', 1],
    ]);
    request.detail = name;
    if (variant === 'value') {
      const schema = route.query.find((p) => p.name === name)?.schema ?? { type: 'string' };
      const [valueClass, value] = this.hostileFor(schema);
      query[name] = asQueryText(value);
      request.inputClass = `query:${valueClass}`;
      return '';
    }
    delete query[name];
    request.inputClass = `query:${variant}`;
    if (variant === 'repeated') return `${name}=1&${name}=2`;
    if (variant === 'empty') return rng.pick([`${name}=`, name]);
    request.detail = rng.pick(HOSTILE_QUERY_TEXT);
    return rng.chance(0.5) ? request.detail : `${name}=${request.detail}`;
  }

  /** Returns raw query text to append; may set the method, the whole URL or headers. */
  private transport(request: FuzzRequest): string {
    const rng = this.rng;
    const burst = request.route.isPublic && request.route.method === 'POST';
    const variant = rng.weighted<string>([
      ['odd-method', 3],
      ['long-url', 2],
      ['path-variant', 2],
      ['odd-header', 2],
      ['burst', burst ? 4 : 0],
    ]);
    request.inputClass = `transport:${variant}`;
    if (variant === 'burst') {
      // From an address of its own: the throttling it meets is its own doing.
      const k = ++this.bursts;
      Object.assign(request, { repeat: BURST_LENGTH, remoteAddress: `198.51.${100 + (k >> 8)}.${k & 255}`, detail: `${BURST_LENGTH}×` });
      return '';
    }
    const path = request.route.path.replace(/\{\w+\}/g, () => String(this.fixtures.realId(rng, kindOfPath(request.route.path) ?? 'account', true)));
    if (variant === 'odd-method') {
      request.method = rng.pick(ODD_METHODS.filter((m) => m !== request.route.method));
      request.detail = request.method;
      return '';
    }
    if (variant === 'long-url') {
      request.detail = rng.pick(['10k', '70k', '200k']);
      return `x=${'a'.repeat({ '10k': 10_000, '70k': 70_000, '200k': 200_000 }[request.detail]!)}`;
    }
    if (variant === 'path-variant') {
      request.url = rng.pick([
        `${path}/`,
        `/${path}`,
        path.toUpperCase(),
        path.replace('/api/', '/api/./'),
        path.replace('/api/', '/api/x/../'),
        `${path};x=1`,
        `${path}%2F1`,
        `${path}/%2e%2e/%2e%2e`,
        `${path}#frag`,
        `${path}\\`,
      ]);
      request.detail = request.url.slice(0, 60);
      return '';
    }
    const [header, value] = rng.pick<[string, string]>([
      ['accept', 'text/html'],
      ['accept', 'application/xml;q=1, */*;q=0'],
      ['accept-encoding', 'gzip, deflate, br'],
      ['x-forwarded-for', 'not-an-ip, ::ffff:999.1.1.1'],
      ['x-forwarded-for', Array(200).fill('10.0.0.1').join(', ')],
      ['x-request-id', 'r'.repeat(5_000)],
      ['origin', 'null'],
      ['content-encoding', 'gzip'],
      ['transfer-encoding', 'chunked'],
      ['expect', '100-continue'],
      ['if-none-match', '*'],
      ['range', 'bytes=0-1'],
      ['user-agent', 'u'.repeat(10_000)],
      ['cookie', 'a=b; '.repeat(500)],
      // A preview (R15): of a real account or role (read only, within reach), or a malformed one.
      ['x-preview-as', `account:${this.fixtures.realId(rng, 'account', false)}`],
      ['x-preview-as', `role:${this.fixtures.realId(rng, 'role', false)}`],
      ['x-preview-as', rng.pick(['account:0', 'role:99999999999', 'account:1 ', 'user:1', ''])],
    ]);
    request.headers[header] = value;
    request.detail = header;
    return '';
  }
}
