import { Injectable } from '@nestjs/common';
import { ACCOUNT_TYPE_NAMES, AccountType, hasBalance, PermissionKey } from '@tiergate/access';
import { AccessRow, writeAudit } from '@tiergate/db';
import { DataSource } from 'typeorm';
import { AuthzService } from '../access/authz.service';
import { auditActorOf, Caller } from '../access/caller';
import { ownAccountTarget } from '../audit/own-account-target';
import { LoginThrottle, LoginThrottledException } from '../auth/login-throttle';
import { hashPassword, verifyPassword } from '../auth/passwords';
import { toMoney } from '../common/money';
import { ApiConfig } from '../config/config';
import { ChangePasswordDto } from './dto/change-password.dto';
import { UpdateMeDto } from './dto/update-me.dto';
import { ApiException } from '../common/api.exception';

/** What GET /me shows of an account: the caller, or the account as reloaded after a change. */
type Profile = Pick<AccessRow, 'id' | 'name' | 'email' | 'phone' | 'type' | 'parentId' | 'principalId' | 'branchSlug' | 'scope' | 'roleId'> & {
  principalType: AccountType;
  permissions: ReadonlySet<PermissionKey>;
};

@Injectable()
export class MeService {
  constructor(
    private readonly db: DataSource,
    private readonly authz: AuthzService,
    private readonly throttle: LoginThrottle,
    private readonly config: ApiConfig,
  ) {}

  /** R13: the account and its effective permission keys; the SPA builds its menu from them. */
  async view(account: Profile) {
    const role = await this.authz.roleName(account.roleId);
    // The balance is live money (every payment and bill moves it): read each time, and only where there is one.
    const [principal] = hasBalance(account.principalType)
      ? await this.db.query(`SELECT balance::text AS balance FROM accounts WHERE id = $1`, [account.principalId])
      : [];
    return {
      id: account.id,
      name: account.name,
      email: account.email,
      phone: account.phone,
      type: account.type,
      typeName: ACCOUNT_TYPE_NAMES[account.type],
      parentId: account.parentId,
      principalId: account.principalId,
      branch: account.branchSlug,
      scope: account.scope,
      role: { id: account.roleId, name: role.name, displayName: role.displayName },
      permissions: [...account.permissions],
      // The prepaid balance the account spends from (an operator's own, a staff account's principal's): types 3-5 only.
      ...(principal && { balance: toMoney(principal.balance ?? 0) }),
      // The installation's currency (CURRENCY), null when unset: the panel shows money in it.
      currency: this.config.CURRENCY ?? null,
      // Modules switched off for everyone (R9): the panel says so where a screen of one is opened.
      disabledModules: [...(await this.authz.disabledModules())].sort(),
    };
  }

  async update(caller: Caller, dto: UpdateMeDto) {
    const changed = await this.db.transaction(async (m) => {
      const [stored] = await m.query(`SELECT name, phone FROM accounts WHERE id = $1 FOR UPDATE`, [caller.id]);
      const fields = { name: dto.name?.trim(), phone: dto.phone };
      const changed = Object.entries(fields).filter(([k, v]) => v !== undefined && v !== stored[k]);
      if (!changed.length) return false;
      const sets = changed.map(([k], i) => `${k} = $${i + 2}`).join(', ');
      await m.query(`UPDATE accounts SET ${sets} WHERE id = $1`, [caller.id, ...changed.map(([, v]) => v)]);
      await writeAudit(m, auditActorOf(caller), {
        action: 'user.update',
        ...ownAccountTarget(caller),
        changes: { before: Object.fromEntries(changed.map(([k]) => [k, stored[k]])), after: Object.fromEntries(changed) },
      });
      return true;
    });
    // The name is cached with the account (audit entries carry it as the actor's), the phone shows in GET /me.
    if (changed) await this.authz.changed({ accounts: [caller.id] });
    const { account, principal, permissions } = await this.authz.accessOf(caller.id);
    return this.view({ ...account, principalType: principal.type, permissions });
  }

  /**
   * A wrong current password counts as a failed sign-in of the account from the caller's address (the login
   * throttle's counters, reserved before hashing): a stolen session cannot guess the password faster than the
   * sign-in page can. Every other session of the account ends; this one stays.
   */
  async changePassword(caller: Caller, dto: ChangePasswordDto): Promise<void> {
    const failed = (reason: string) =>
      writeAudit(this.db.manager, auditActorOf(caller), { action: 'auth.password_change_failed', ...ownAccountTarget(caller), changes: { reason } });
    const attempt = await this.throttle.reserve(caller.email.trim().toLowerCase(), caller.ip ?? 'unknown');
    if ('refused' in attempt) {
      await failed(attempt.refused);
      throw new LoginThrottledException(attempt.retryAfterSeconds);
    }
    const [{ password_hash }] = await this.db.query(`SELECT password_hash FROM accounts WHERE id = $1`, [caller.id]);
    if (!(await verifyPassword(password_hash, dto.currentPassword))) {
      await failed('wrong password');
      throw new ApiException('WRONG_CURRENT_PASSWORD', 'Current password is wrong');
    }
    const newHash = await hashPassword(dto.newPassword);
    await this.db.transaction(async (m) => {
      await this.throttle.release(m, attempt);
      await m.query(`UPDATE accounts SET password_hash = $2 WHERE id = $1`, [caller.id, newHash]);
      // TypeORM answers an UPDATE with [rows, affected].
      const [, otherSessionsEnded] = await m.query(`UPDATE sessions SET revoked_at = now() WHERE account_id = $1 AND id <> $2 AND revoked_at IS NULL`, [
        caller.id,
        caller.sessionId,
      ]);
      await writeAudit(m, auditActorOf(caller), { action: 'user.password.change', ...ownAccountTarget(caller), changes: { otherSessionsEnded } });
    });
    await this.authz.changed({ sessionsOf: [caller.id] });
  }
}
