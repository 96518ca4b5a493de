import { HttpException, HttpStatus, Injectable, UnauthorizedException } from '@nestjs/common';
import { Account, AuditActor, Session, writeAudit } from '@tiergate/db';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import * as jwt from 'jsonwebtoken';
import { DataSource, EntityManager } from 'typeorm';
import { AuthzService } from '../access/authz.service';
import { auditActorOf, Caller } from '../access/caller';
import { ApiConfig } from '../config/config';
import { JWT_ALGORITHM, JWT_ISSUER, jwtKey } from './jwt.strategy';
import { verifyPassword } from './passwords';
import { TokenPairDto } from './dto/token-pair.dto';

/** After this many failures in a row an account is locked, for 30 s doubling per further failure, at most 15 min. */
const FREE_FAILURES = 5;
const BASE_LOCK_SECONDS = 30;
const MAX_LOCK_SECONDS = 900;

export const INVALID_LOGIN = 'Invalid email or password';

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
  ) {
    this.key = jwtKey(config);
  }

  async login(email: string, password: string, client: Client): Promise<TokenPairDto> {
    const normalized = email.trim().toLowerCase();
    const account = await this.db.getRepository(Account).findOneBy({ email: normalized });
    const actor: AuditActor = {
      ...(account ? await this.actorOf(this.db.manager, account) : { id: null, name: normalized, type: null, principalId: null, principalPath: null }),
      ...client,
    };

    // The lockout is checked before hashing: a locked account costs no CPU.
    if (account?.lockedUntil && account.lockedUntil.getTime() > Date.now()) {
      const seconds = Math.ceil((account.lockedUntil.getTime() - Date.now()) / 1000);
      await writeAudit(this.db.manager, actor, { action: 'auth.login_failed', targetType: 'account', targetId: account.id, targetLabel: account.email, changes: { reason: 'locked' } });
      throw new HttpException(`Too many failed sign-in attempts; try again in ${seconds} seconds`, HttpStatus.TOO_MANY_REQUESTS);
    }

    if (!(await verifyPassword(account?.passwordHash ?? null, password))) {
      await this.db.transaction(async (m) => {
        if (account) {
          // One statement, so that concurrent failures all count.
          await m.query(
            `UPDATE accounts SET failed_logins = failed_logins + 1,
                    locked_until = CASE WHEN failed_logins + 1 >= $2
                      THEN now() + make_interval(secs => LEAST($4, $3 * power(2, failed_logins + 1 - $2))) END
              WHERE id = $1`,
            [account.id, FREE_FAILURES, BASE_LOCK_SECONDS, MAX_LOCK_SECONDS],
          );
        }
        await writeAudit(m, actor, {
          action: 'auth.login_failed',
          targetType: account ? 'account' : undefined,
          targetId: account?.id,
          targetLabel: normalized,
          changes: { reason: account ? 'wrong password' : 'unknown email' },
        });
      });
      throw new UnauthorizedException(INVALID_LOGIN);
    }
    const found = account!;
    // A manager of a disabled operator is refused with it (its principal is checked on every request too).
    const [{ active }] = await this.db.query(`SELECT bool_and(status = 'active') AS active FROM accounts WHERE id = ANY($1::int[])`, [[found.id, found.principalId]]);
    if (!active) throw new UnauthorizedException('Account is disabled');

    const sessionId = randomUUID();
    const secret = randomBytes(32).toString('base64url');
    await this.db.transaction(async (m) => {
      await m.update(Account, found.id, { failedLogins: 0, lockedUntil: null });
      await m.insert(Session, {
        id: sessionId,
        accountId: found.id,
        refreshHash: sha256(secret),
        expiresAt: new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_SECONDS * 1000),
      });
      await writeAudit(m, actor, { action: 'auth.login', targetType: 'session', targetId: sessionId, targetLabel: found.email });
    });
    return this.tokens(found.id, sessionId, secret);
  }

  /** Rotates the refresh token; presenting an already-rotated one revokes the whole session. */
  async refresh(refreshToken: string): Promise<TokenPairDto> {
    const [sessionId, secret] = refreshToken.split('.');
    if (!sessionId || !secret || !/^[0-9a-f-]{36}$/.test(sessionId)) throw new UnauthorizedException('Invalid refresh token');
    const next = randomBytes(32).toString('base64url');
    const outcome = await this.db.transaction(async (m) => {
      const session = await m.findOne(Session, { where: { id: sessionId }, lock: { mode: 'pessimistic_write' } });
      if (!session || session.revokedAt || session.expiresAt.getTime() < Date.now()) return 'invalid' as const;
      const account = await m.findOneByOrFail(Account, { id: session.accountId });
      if (session.refreshHash !== sha256(secret)) {
        await m.update(Session, sessionId, { revokedAt: new Date() });
        await writeAudit(m, await this.actorOf(m, account), { action: 'auth.refresh_reused', targetType: 'session', targetId: sessionId, targetLabel: account.email });
        return 'reused' as const;
      }
      if (account.status !== 'active') return 'invalid' as const;
      await m.update(Session, sessionId, { refreshHash: sha256(next) });
      return session;
    });
    if (outcome === 'reused') {
      await this.authz.changed();
      throw new UnauthorizedException('Refresh token was already used; the session is revoked');
    }
    if (outcome === 'invalid') throw new UnauthorizedException('Invalid refresh token');
    return this.tokens(outcome.accountId, sessionId, next);
  }

  async logout(caller: Caller): Promise<void> {
    await this.db.transaction(async (m) => {
      await m.update(Session, caller.sessionId, { revokedAt: new Date() });
      await writeAudit(m, auditActorOf(caller), { action: 'auth.logout', targetType: 'session', targetId: caller.sessionId, targetLabel: caller.email });
    });
    await this.authz.changed();
  }

  private tokens(accountId: number, sessionId: string, secret: string): TokenPairDto {
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
