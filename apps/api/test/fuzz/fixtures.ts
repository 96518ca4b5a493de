import { AccountType, allowedKeysForType, MODULE_KEYS, ModuleKey, moduleOf } from '@tiergate/access';
import * as jwt from 'jsonwebtoken';
import { ACCESS_RULE, AccessRule } from '../../src/access/access-rule.decorator';
import { UsageRecorder } from '../../src/access/usage-recorder';
import { JWT_ALGORITHM, JWT_ISSUER } from '../../src/auth/access-token';
import { controllerRoutes } from '../support/controller-routes';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ApiClient, TestApi } from '../support/harness';
import { PASSWORD } from '../support/factories';
import { Prng } from './prng';

/** What a path id or a body's `…Id` field points at. */
export type Kind = 'account' | 'role' | 'subscriber' | 'package' | 'invoice' | 'payment' | 'template' | 'ticket';

/** Who sends a request: a signed-in account (`login` set) or a broken credential. */
export interface Identity {
  name: string;
  login?: { email: string; password: string };
  /** The Authorization header to send, if any, and which variant it is; a broken identity varies it per request. */
  authorization(rng: Prng): [variant: string, header: string] | undefined;
}

const KIND_OF_SEGMENT: Record<string, Kind> = {
  users: 'account',
  roles: 'role',
  subscribers: 'subscriber',
  packages: 'package',
  invoices: 'invoice',
  payments: 'payment',
  'message-templates': 'template',
  tickets: 'ticket',
};

/** The kind a route's first path segment names: `/api/users/{id}` is about accounts. */
export function kindOfPath(path: string): Kind | undefined {
  return KIND_OF_SEGMENT[path.split('/')[2]];
}

/** The kind an id field points at, from its name: `roleId` → role, `ownerId` → account. */
export function kindOfField(name: string): Kind | undefined {
  const match = /^(\w*?)Id$/.exec(name);
  if (!match) return undefined;
  const kinds: Record<string, Kind> = {
    role: 'role',
    subscriber: 'subscriber',
    package: 'package',
    invoice: 'invoice',
    payment: 'payment',
    template: 'template',
    reminderTemplate: 'template',
    ticket: 'ticket',
  };
  return kinds[match[1]] ?? 'account';
}

async function ok<T = any>(label: string, answer: Promise<{ status: number; body: T }>): Promise<T> {
  const res = await answer;
  if (res.status >= 300) throw new Error(`fuzz fixture: ${label} answered ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

const bearer = (token: string) => `Bearer ${token}`;

/**
 * The world the fuzzer attacks, built through the API: an Admin, a reseller and its direct-scope manager
 * (the identities it signs in with, never touched by mutating requests), victims the fuzzer may edit, disable
 * or delete (replenished as it goes), and broken credentials of every kind.
 */
export class Fixtures {
  readonly ids: Record<Kind, number[]> = { account: [], role: [], subscriber: [], package: [], invoice: [], payment: [], template: [], ticket: [] };
  /** Ids that mutating requests never target, so that the identities keep signing in with what they hold. */
  readonly protectedIds: Record<Kind, Set<number>> = {
    account: new Set(),
    role: new Set(),
    subscriber: new Set(),
    package: new Set(),
    invoice: new Set(),
    payment: new Set(),
    template: new Set(),
    ticket: new Set(),
  };
  /**
   * The modules PUT /settings/modules may switch: those no route's permission belongs to. Switching off any
   * other would take that route from every identity (the Admin's included) for the rest of the run.
   */
  readonly switchableModules: ModuleKey[];
  readonly identities: Identity[] = [];
  readonly tokens = new Map<string, string>();
  /** The type of each role known, so that a body naming a role can name its type too. */
  readonly roleTypes = new Map<number, number>();
  /** The account POST /auth/login aims at: wrong passwords lock only it. */
  loginTarget = { email: '', password: PASSWORD };
  /** A live refresh token (of its own account), renewed whenever a refresh succeeds. */
  refreshToken = '';
  private counter = 0;
  private resellerId = 0;

  private constructor(private readonly api: TestApi) {
    const needed = new Set(
      controllerRoutes(api.app).flatMap(({ handler, controller }) => {
        const rule: AccessRule | undefined = Reflect.getMetadata(ACCESS_RULE, handler) ?? Reflect.getMetadata(ACCESS_RULE, controller);
        const keys = rule?.kind === 'permission' ? [rule.key] : rule?.kind === 'anyPermission' || rule?.kind === 'allPermissions' ? rule.keys : [];
        return keys.map((k) => moduleOf(k).key);
      }),
    );
    this.switchableModules = MODULE_KEYS.filter((m) => !needed.has(m));
  }

  /** A number no earlier call returned, for unique names and emails. */
  unique(): number {
    return ++this.counter;
  }

  static async build(api: TestApi): Promise<Fixtures> {
    const f = new Fixtures(api);
    await f.buildIdentities();
    await f.replenish();
    // What building them exercised is written now, so that the access reviews (GET …/review) read real uses.
    await api.app.get(UsageRecorder).flush();
    return f;
  }

  /** Clients of the current sessions: the fuzzer may sign an identity out, and signs it in again. */
  private get admin() {
    return new ApiClient(this.api.app, this.tokens.get('admin'));
  }

  private get reseller() {
    return new ApiClient(this.api.app, this.tokens.get('reseller'));
  }

  async signIn(identity: Identity): Promise<void> {
    const { email, password } = identity.login!;
    this.tokens.set(identity.name, (await this.login(email, password)).accessToken);
  }

  /** Each from an address of its own, which the fuzzer's requests never use: its throttling never stops the fixtures. */
  private async login(email: string, password: string): Promise<{ accessToken: string; refreshToken: string }> {
    const k = this.unique();
    const res = await this.api.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: `127.1.${k >> 8}.${k & 255}`,
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ email, password }),
    });
    return ok(`login of ${email}`, Promise.resolve({ status: res.statusCode, body: res.json() }));
  }

  private async account(by: ApiClient, type: AccountType, roleId: number, extra: Record<string, unknown> = {}) {
    const email = `fuzz${this.unique()}@tiergate.test`;
    const body = await ok(
      `POST /users type ${type}`,
      by.post('/users', { name: `Fuzz Account ${this.counter}`, email, password: PASSWORD, type, roleId, ...extra }),
    );
    return { id: body.id as number, email };
  }

  private async role(by: ApiClient, type: AccountType, permissions: readonly string[]): Promise<number> {
    const { id } = await ok(`POST /roles type ${type}`, by.post('/roles', { name: `Fuzz Role ${this.unique()}`, type }));
    this.roleTypes.set(id, type);
    await ok(`PUT /roles/${id}/permissions`, by.put(`/roles/${id}/permissions`, { permissions }));
    return id;
  }

  private async buildIdentities() {
    const signedIn = (name: string, email: string, password: string): Identity => ({
      name,
      login: { email, password },
      authorization: () => [name, bearer(this.tokens.get(name)!)],
    });
    const admin = signedIn('admin', ADMIN_EMAIL, ADMIN_PASSWORD);
    await this.signIn(admin);
    const adminMe = await ok('GET /me', this.admin.get('/me'));
    this.protect('account', adminMe.id);
    this.protect('role', adminMe.role.id);

    const resellerRole = await this.role(this.admin, AccountType.Reseller, allowedKeysForType(AccountType.Reseller));
    const resellerAccount = await this.account(this.admin, AccountType.Reseller, resellerRole);
    const reseller = signedIn('reseller', resellerAccount.email, PASSWORD);
    await this.signIn(reseller);
    this.resellerId = resellerAccount.id;
    this.protect('account', resellerAccount.id);
    this.protect('role', resellerRole);

    const held = new Set<string>((await ok('GET /me', this.reseller.get('/me'))).permissions);
    const managerRole = await this.role(
      this.reseller,
      AccountType.ResellerStaff,
      allowedKeysForType(AccountType.ResellerStaff).filter((k) => held.has(k)),
    );
    const managerAccount = await this.account(this.reseller, AccountType.ResellerStaff, managerRole, { scope: 'direct' });
    const manager = signedIn('manager', managerAccount.email, PASSWORD);
    await this.signIn(manager);
    this.protect('account', managerAccount.id);
    this.protect('role', managerRole);

    // A sub-reseller with customers of its own: out of the direct-scope manager's reach (R10).
    const subRole = await this.role(
      this.reseller,
      AccountType.Subreseller,
      allowedKeysForType(AccountType.Subreseller).filter((k) => held.has(k)),
    );
    const sub = await this.account(this.reseller, AccountType.Subreseller, subRole);
    this.remember('role', subRole);
    this.remember('account', sub.id);
    for (let i = 0; i < 2; i++) {
      this.remember(
        'subscriber',
        (await ok('POST /subscribers', this.reseller.post('/subscribers', { username: `fuzz.sub${this.unique()}`, name: 'Sub Customer', ownerId: sub.id }))).id,
      );
    }

    // Accounts whose credentials the fuzzer attacks; staff of the Admin, so that nothing else depends on them.
    const staffRole = await this.role(this.admin, AccountType.Staff, ['subscriber_module']);
    this.remember('role', staffRole);
    this.loginTarget = { email: (await this.account(this.admin, AccountType.Staff, staffRole)).email, password: PASSWORD };
    const refresher = await this.account(this.admin, AccountType.Staff, staffRole);
    this.refreshToken = (await this.login(refresher.email, PASSWORD)).refreshToken;

    const disabled = await this.account(this.admin, AccountType.Staff, staffRole);
    const disabledToken = (await this.login(disabled.email, PASSWORD)).accessToken;
    await ok('PATCH /users status', this.admin.patch(`/users/${disabled.id}`, { status: 'disabled' }));
    const revokedToken = (await this.login(ADMIN_EMAIL, ADMIN_PASSWORD)).accessToken;
    await ok('POST /auth/logout', new ApiClient(this.api.app, revokedToken).post('/auth/logout'));

    const adminToken = this.tokens.get('admin')!;
    const claims = jwt.decode(adminToken) as { sub: string; sid: string };
    const secret = this.api.config.JWT_SECRET;
    const sign = (payload: object, options: jwt.SignOptions = {}, key = secret) =>
      jwt.sign(payload, key, { algorithm: JWT_ALGORITHM, issuer: JWT_ISSUER, expiresIn: 900, ...options });
    const [header, payload] = adminToken.split('.');
    const noneHeader = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const broken = (name: string, variants: [string, string][]): Identity => ({ name, authorization: (rng) => rng.pick(variants) });

    this.identities.push(
      admin,
      reseller,
      manager,
      { name: 'anonymous', authorization: () => undefined },
      broken('garbage-token', [
        ['garbage', 'Bearer garbage'],
        ['three-dots', 'Bearer a.b.c'],
        ['no-signature', `Bearer ${header}.${payload}`],
        ['extra-char', `Bearer ${adminToken}x`],
        ['8k', `Bearer ${'A'.repeat(8_000)}`],
        ['dots', 'Bearer ....'],
      ]),
      broken('malformed-header', [
        ['Bearer', 'Bearer'],
        ['Bearer-space', 'Bearer '],
        ['Basic', `Basic ${Buffer.from('admin:admin').toString('base64')}`],
        ['Token', `Token ${adminToken}`],
        ['two-spaces', `Bearer  ${adminToken}`],
        ['no-scheme', adminToken],
        ['%00', 'Bearer %00'],
        ['two-tokens', `Bearer ${adminToken}, Bearer x`],
      ]),
      broken('expired-token', [['expired', bearer(sign({ sid: claims.sid }, { subject: claims.sub, expiresIn: -60 }))]]),
      broken('alg-none', [
        ['alg-none', bearer(`${noneHeader}.${payload}.`)],
        ['alg-none-2-parts', bearer(`${noneHeader}.${payload}`)],
      ]),
      broken('wrong-signature', [
        ['other-secret', bearer(sign({ sid: claims.sid }, { subject: claims.sub }, 'another-secret-that-is-long-enough-0123'))],
        ['zero-signature', bearer(`${header}.${payload}.${'A'.repeat(43)}`)],
      ]),
      broken('wrong-algorithm', [
        ['HS512', bearer(jwt.sign({ sid: claims.sid }, secret, { algorithm: 'HS512', issuer: JWT_ISSUER, subject: claims.sub, expiresIn: 900 }))],
      ]),
      // Signed with the real secret: claims no token the API issues would carry must still not break it.
      broken('forged-claims', [
        ['sub=abc', bearer(sign({ sid: claims.sid }, { subject: 'abc' }))],
        ['sub=3000000000', bearer(sign({ sid: claims.sid }, { subject: '3000000000' }))],
        ['sub=1e308', bearer(sign({ sid: claims.sid }, { subject: '1e308' }))],
        ['sid=not-a-uuid', bearer(sign({ sid: 'not-a-uuid' }, { subject: claims.sub }))],
        ['sid=sql', bearer(sign({ sid: "'; DROP TABLE sessions; --" }, { subject: claims.sub }))],
        ['sid=42', bearer(sign({ sid: 42 }, { subject: claims.sub }))],
        ['sid=NUL', bearer(sign({ sid: '\u0000' }, { subject: claims.sub }))],
        ['sid=lone-surrogate', bearer(sign({ sid: '\ud800' }, { subject: claims.sub }))],
        ['no-sid', bearer(sign({}, { subject: claims.sub }))],
        ['no-issuer-no-exp', bearer(jwt.sign({ sid: claims.sid, sub: claims.sub }, secret, { algorithm: JWT_ALGORITHM }))],
      ]),
      broken('revoked-token', [['revoked', bearer(revokedToken)]]),
      broken('disabled-account', [['disabled', bearer(disabledToken)]]),
    );
  }

  /** Fresh victims for the mutating requests: run at the start and every few hundred requests. */
  async replenish() {
    const n = this.unique();
    this.remember('package', (await ok('POST /packages', this.admin.post('/packages', { name: `Fuzz Package ${n}`, price: 500, validityDays: 30 }))).id);
    this.remember(
      'template',
      (await ok('POST /message-templates', this.admin.post('/message-templates', { name: `Fuzz Template ${n}`, body: 'Dear {{name}}, {{balance}}' }))).id,
    );
    const staffRole = await this.role(this.admin, AccountType.Staff, ['subscriber_module', 'subscriber_profile']);
    this.remember('role', staffRole);
    this.remember('account', (await this.account(this.admin, AccountType.Staff, staffRole)).id);
    const deskRole = await this.role(this.reseller, AccountType.ResellerStaff, ['subscriber_module']);
    this.remember('role', deskRole);
    this.remember('account', (await this.account(this.reseller, AccountType.ResellerStaff, deskRole)).id);
    for (const [by, owner] of [
      [this.admin, undefined],
      [this.reseller, this.resellerId],
      [this.reseller, this.resellerId],
    ] as const) {
      const { id } = await ok('POST /subscribers', by.post('/subscribers', { username: `fuzz.victim${this.unique()}`, name: 'Victim', ownerId: owner }));
      this.remember('subscriber', id);
      const ticket = await ok('POST /subscribers/:id/tickets', by.post(`/subscribers/${id}/tickets`, { subject: 'Fuzz ticket', body: 'No connection' }));
      this.remember('ticket', ticket.id);
    }
  }

  remember(kind: Kind, id: unknown) {
    if (typeof id === 'number' && Number.isInteger(id) && !this.ids[kind].includes(id)) this.ids[kind].push(id);
  }

  private protect(kind: Kind, id: number) {
    this.protectedIds[kind].add(id);
    this.remember(kind, id);
  }

  /** A real id of `kind`; never a protected one when the request changes something. */
  realId(rng: Prng, kind: Kind, mutating: boolean): number {
    const ids = mutating ? this.ids[kind].filter((id) => !this.protectedIds[kind].has(id)) : this.ids[kind];
    // Recent ids first: older victims are more likely deleted already.
    return ids.length ? ids[Math.max(0, ids.length - 1 - rng.below(Math.min(ids.length, 12)))] : 1;
  }
}
