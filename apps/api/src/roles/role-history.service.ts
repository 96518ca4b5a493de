import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Caller } from '../access/caller';
import { readCursor, writeCursor } from '../common/keyset/keyset-cursor';
import { MAX_INT } from '../common/id.pipe';
import { DEFAULT_PAGE_LIMIT } from '../common/page-limit';
import { RoleComparison, RoleHistoryPage, RoleVersionView } from './role-history.view';
import { RolesService } from './roles.service';

interface VersionRow {
  version: number;
  at: Date;
  actor_id: number | null;
  actor_name: string;
  name: string;
  added: string[];
  removed: string[];
}

/** R15: a role's versions (written by libs/db recordRoleVersion with each change) and comparisons of two sets of keys. */
@Injectable()
export class RoleHistoryService {
  constructor(
    private readonly db: DataSource,
    private readonly roles: RolesService,
  ) {}

  /** Newest first; the cursor carries the last version shown, in the keyset cursor's format (common/keyset). */
  async history(caller: Caller, roleId: number, cursor?: string, limit = DEFAULT_PAGE_LIMIT): Promise<RoleHistoryPage> {
    await this.roles.findVisible(this.db.manager, caller, roleId);
    const before = cursor === undefined ? null : readCursor(cursor, { sort: null }).id;
    const rows: VersionRow[] = await this.db.query(
      `SELECT version, at, actor_id, actor_name, name, added, removed FROM role_versions
        WHERE role_id = $1 AND ($2::bigint IS NULL OR version < $2) ORDER BY version DESC LIMIT $3`,
      [roleId, before, limit + 1],
    );
    const items = rows.slice(0, limit).map((r): RoleVersionView => ({
      version: r.version,
      at: r.at,
      actorId: r.actor_id,
      actorName: r.actor_name,
      name: r.name,
      added: r.added,
      removed: r.removed,
    }));
    const last = items.at(-1);
    return { items, nextCursor: rows.length > limit && last ? writeCursor({ sort: null, dir: 'after', value: null, id: last.version }) : null };
  }

  /** `a` and `b` as CompareRolesQuery checked them: `<roleId>` or `<roleId>@<version>`; 404 for a role out of view (R7) or a version it never had. */
  async compare(caller: Caller, a: string, b: string): Promise<RoleComparison> {
    const [keysA, keysB] = [await this.keysOf(caller, a), await this.keysOf(caller, b)];
    const inB = new Set(keysB);
    const inA = new Set(keysA);
    return { onlyA: keysA.filter((k) => !inB.has(k)), onlyB: keysB.filter((k) => !inA.has(k)), both: keysA.filter((k) => inB.has(k)) };
  }

  private async keysOf(caller: Caller, ref: string): Promise<string[]> {
    const [roleId, version] = ref.split('@').map(Number);
    if (roleId > MAX_INT || version > MAX_INT) throw new NotFoundException(`Role ${ref} not found`);
    const role = await this.roles.findVisible(this.db.manager, caller, roleId);
    if (version === undefined) return [...role.permissions].sort();
    const [row] = await this.db.query(`SELECT permissions FROM role_versions WHERE role_id = $1 AND version = $2`, [roleId, version]);
    if (!row) throw new NotFoundException(`Role ${roleId} has no version ${version}`);
    return [...(row.permissions as string[])].sort();
  }
}
