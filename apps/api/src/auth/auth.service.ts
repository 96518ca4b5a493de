import { Injectable } from '@nestjs/common';
import { Account, accountTarget, AuditActor, isDisabledOnPath, Session, writeAudit } from '@tiergate/db';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import * as jwt from 'jsonwebtoken';
import { DataSource, EntityManager } from 'typeorm';
import { AuthzService } from '../access/authz.service';
import { auditActorOf, Caller } from '../access/caller';
import { ownAccountTarget } from '../audit/own-account-target';
import { ApiConfig } from '../config/config';
import { JWT_ALGORITHM, JWT_ISSUER, SESSION_ID, jwtKey } from './access-token';
import { LoginThrottle, LoginThrottledException } from './login-throttle';
import { verifyPassword } from './passwords';
import { TokenPairDto } from './dto/token-pair.dto';
import { ApiException } from '../common/api.exception';

export const INVALID_LOGIN = 'Invalid email or password';
export const INVALID_REFRESH = 'Invalid refresh token';
/** `<session id>.<secret>`, as tokens() issues it. */
const REFRESH_TOKEN = new RegExp(`^(${SESSION_ID})\\.([A-Za-z0-9_-]{43})$`);

/** The pair as issued; the controller moves the refresh token into a cookie when a browser asks. */
export type IssuedTokens = Required<TokenPairDto>;

interface Client {
  ip: string | null;
  userAgent: string | null;
}

@Injectable()
export class AuthService {
  private readonly key;

  constructor(
    private readonly db: DataSource,
    private readonly config: ApiConfig,
    private readonly authz: AuthzService,
    private readonly throttle: LoginThrottle,
  ) {
    this.key = jwtKey(config);
  }

  async login(email: string, password: string, client: Client): Promise<IssuedTokens> {
    const normalized = email.trim().toLowerCase();
    const account = await this.db.getRepository(Account).findOneBy({ email: normalized });
    const actor: AuditActor = {
      ...(account ? await this.actorOf(this.db.manager, account) : { id: null, name: normalized, type: null, principalId: null, principalPath: null }),
      ...client,
    };

    const auditFailure = (reason: string) =>
      writeAudit(this.db.manager, actor, {
        action: 'auth.login_failed',
        ...(account ? accountTarget(account) : { targetLabel: normalized }),
        changes: { reason },
      });

    // Counted as a failure before hashing, whoever the email belongs to: a refused attempt costs no CPU.
    const attempt = await this.throttle.reserve(normalized, client.ip ?? 'unknown');
    if ('refused' in attempt) {
      await auditFailure(attempt.refused);
      throw new LoginThrottledException(attempt.retryAfterSeconds);
    }
    if (!(await verifyPassword(account?.passwordHash ?? null, password))) {
      await auditFailure(account ? 'wrong password' : 'unknown email');
      throw new ApiException('INVALID_CREDENTIALS', INVALID_LOGIN);
    }
    const found = account!;
    // R9: refused with a disabled principal or operator above it, as on every request.
    if (await isDisabledOnPath(this.db, found.id)) throw new ApiException('ACCOUNT_DISABLED', 'Account is disabled');

    const sessionId = randomUUID();
    const secret = randomBytes(32).toString('base64url');
    await this.db.transaction(async (m) => {
      await this.throttle.release(m, attempt);
      await m.insert(Session, {
        id: sessionId,
        accountId: found.id,
        refreshHash: sha256(secret),
        expiresAt: new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_SECONDS * 1000),
      });
      await writeAudit(m, actor, { action: 'auth.login', ...accountTarget(found, sessionId) });
    });
    return this.tokens(found.id, sessionId, secret);
  }

  /**
   * Rotates the refresh token. Presenting one of the session's rotated secrets (reuse: someone else holds a
   * copy) revokes the session; a secret the session never had is refused and ends nothing, so knowing a
   * session id (it is in the access token) is not enough to sign its owner out.
   */
  async refresh(refreshToken: string): Promise<IssuedTokens> {
    const [, sessionId, secret] = REFRESH_TOKEN.exec(refreshToken) ?? [];
    if (!sessionId) throw new ApiException('SESSION_ENDED', INVALID_REFRESH);
    const presented = sha256(secret);
    const next = randomBytes(32).toString('base64url');
    const outcome = await this.db.transaction(async (m) => {
      // The row lock makes concurrent refreshes with one secret take turns: the second finds it rotated.
      const session = await m.findOne(Session, { where: { id: sessionId }, lock: { mode: 'pessimistic_write' } });
      if (!session || session.revokedAt || session.expiresAt.getTime() < Date.now()) return 'invalid' as const;
      const account = await m.findOneByOrFail(Account, { id: session.accountId });
      if (session.refreshHash === presented) {
        if (await isDisabledOnPath(m, account.id)) return 'disabled' as const;
        await m.query(`INSERT INTO rotated_refresh_hashes (session_id, refresh_hash) VALUES ($1, $2)`, [sessionId, presented]);
        await m.update(Session, sessionId, { refreshHash: sha256(next) });
        return session;
      }
      const rotated = await m.query(`SELECT 1 FROM rotated_refresh_hashes WHERE session_id = $1 AND refresh_hash = $2`, [sessionId, presented]);
      if (!rotated.length) return 'invalid' as const;
      await m.update(Session, sessionId, { revokedAt: new Date() });
      await writeAudit(m, await this.actorOf(m, account), { action: 'auth.refresh_reused', ...accountTarget(account, sessionId) });
      return { reusedBy: account.id };
    });
    if (typeof outcome === 'object' && 'reusedBy' in outcome) {
      await this.authz.changed({ sessionsOf: [outcome.reusedBy] });
      throw new ApiException('SESSION_ENDED', 'Refresh token was already used; the session is revoked');
    }
    if (outcome === 'invalid') throw new ApiException('SESSION_ENDED', INVALID_REFRESH);
    if (outcome === 'disabled') throw new ApiException('ACCOUNT_DISABLED', 'Account is disabled');
    return this.tokens(outcome.accountId, sessionId, next);
  }

  async logout(caller: Caller): Promise<void> {
    await this.db.transaction(async (m) => {
      await m.update(Session, caller.sessionId, { revokedAt: new Date() });
      await writeAudit(m, auditActorOf(caller), { action: 'auth.logout', ...ownAccountTarget(caller) });
    });
    await this.authz.changed({ sessionsOf: [caller.id] });
  }

  private tokens(accountId: number, sessionId: string, secret: string): IssuedTokens {
    const expiresIn = this.config.ACCESS_TOKEN_TTL_SECONDS;
    const accessToken = jwt.sign({ sid: sessionId }, this.key, {
      algorithm: JWT_ALGORITHM,
      issuer: JWT_ISSUER,
      subject: String(accountId),
      expiresIn,
    });
    return { accessToken, refreshToken: `${sessionId}.${secret}`, expiresIn };
  }

  private async actorOf(m: EntityManager, account: Account): Promise<AuditActor> {
    return { id: account.id, name: account.name, type: account.type, principalId: account.principalId, principalPath: await this.principalPathOf(m, account) };
  }

  private async principalPathOf(m: EntityManager, account: Account): Promise<string> {
    if (account.principalId === null || account.principalId === account.id) return account.path;
    const principal = await m.findOneByOrFail(Account, { id: account.principalId });
    return principal.path;
  }
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
