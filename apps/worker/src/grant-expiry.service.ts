import { Injectable, Logger } from '@nestjs/common';
import { accountTarget, writeAudit } from '@tiergate/db';
import { DataSource } from 'typeorm';

const SYSTEM_ACTOR = { id: null, name: 'system', type: null } as const;

/** R15: deletes an account's grants whose moment has come, with an audit entry by "system", in one transaction. */
@Injectable()
export class GrantExpiryService {
  private readonly logger = new Logger(GrantExpiryService.name);

  constructor(private readonly db: DataSource) {}

  /**
   * Deletes only rows whose `expires_at` has passed (the database's clock): a grant set again with a later expiry, or
   * none, since the job was enqueued stays. Returns the keys deleted (none: nothing to announce).
   */
  async expire(accountId: number): Promise<string[]> {
    const expired = await this.db.transaction(async (m) => {
      // The same lock as a permission change (UsersService): the two never interleave.
      const [account] = await m.query(
        `SELECT a.id, a.email, a.path, a.principal_id, p.path AS principal_path,
                ARRAY(SELECT permission FROM account_permissions WHERE account_id = a.id AND effect = 'grant' ORDER BY permission) AS grants
           FROM accounts a LEFT JOIN accounts p ON p.id = a.principal_id WHERE a.id = $1 FOR UPDATE OF a`,
        [accountId],
      );
      if (!account) return [];
      // TypeORM answers a DELETE with [rows, count].
      const [deleted]: [{ permission: string; expires_at: Date }[]] = await m.query(
        `DELETE FROM account_permissions WHERE account_id = $1 AND expires_at <= now() RETURNING permission, expires_at`,
        [accountId],
      );
      if (!deleted.length) return [];
      const keys = deleted.map((d) => d.permission).sort();
      await writeAudit(
        m,
        { ...SYSTEM_ACTOR, principalId: account.principal_id, principalPath: account.principal_path },
        {
          action: 'user.permissions.expire',
          ...accountTarget(account),
          changes: {
            before: { grants: account.grants },
            after: { grants: (account.grants as string[]).filter((k) => !keys.includes(k)) },
            expired: Object.fromEntries(deleted.map((d) => [d.permission, new Date(d.expires_at).toISOString()])),
          },
        },
      );
      return keys;
    });
    if (expired.length) this.logger.log(`account ${accountId}: grants expired: ${expired.join(', ')}`);
    return expired;
  }

  /** Accounts with a grant past its moment: its job was lost, or Redis or the worker was down at that moment. */
  async due(): Promise<number[]> {
    const rows: { account_id: number }[] = await this.db.query(
      `SELECT DISTINCT account_id FROM account_permissions WHERE expires_at <= now() ORDER BY account_id LIMIT 1000`,
    );
    return rows.map((r) => r.account_id);
  }
}
