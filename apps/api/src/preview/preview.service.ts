import { Injectable } from '@nestjs/common';
import { PermissionKey, PreviewTarget } from '@tiergate/access';
import { accountTarget, roleTarget, writeAudit } from '@tiergate/db';
import { DataSource } from 'typeorm';
import { auditActorOf, Caller } from '../access/caller';
import { PreviewService } from '../access/preview.service';
import { ApiException } from '../common/api.exception';
import { MeService } from '../me/me.service';
import { MeView } from '../me/me.view';
import { PreviewQuery } from './dto/preview.query';

/** What opening a preview needs beyond being signed in: the screen it is opened from. */
const NEEDS: Record<PreviewTarget['kind'], PermissionKey> = { account: 'user_profile', role: 'role_module' };

@Injectable()
export class PreviewOpenService {
  constructor(
    private readonly db: DataSource,
    private readonly previews: PreviewService,
    private readonly me: MeService,
  ) {}

  /** R15: GET /me as the previewed account or role would get it, within the caller's reach; audited `preview.open`. */
  async open(caller: Caller, query: PreviewQuery): Promise<MeView> {
    const target = this.targetOf(query);
    if (!caller.permissions.has(NEEDS[target.kind])) throw new ApiException('MISSING_PERMISSION', `Missing permission: ${NEEDS[target.kind]}`);
    const previewed = await this.previews.callerFor(caller, target);
    await writeAudit(this.db.manager, auditActorOf(caller), { action: 'preview.open', ...(await this.auditTarget(target)) });
    return this.me.view(previewed);
  }

  private targetOf({ accountId, roleId }: PreviewQuery): PreviewTarget {
    if ((accountId === undefined) === (roleId === undefined)) throw new ApiException('VALIDATION_FAILED', 'Give exactly one of roleId and accountId');
    return accountId !== undefined ? { kind: 'account', id: accountId } : { kind: 'role', id: roleId! };
  }

  private async auditTarget(target: PreviewTarget) {
    if (target.kind === 'account') {
      const [account] = await this.db.query(`SELECT id, email, path FROM accounts WHERE id = $1`, [target.id]);
      return accountTarget(account);
    }
    const [role] = await this.db.query(`SELECT r.id, r.name, o.path FROM roles r LEFT JOIN accounts o ON o.id = r.owner_id WHERE r.id = $1`, [target.id]);
    return roleTarget(role, role.path);
  }
}
