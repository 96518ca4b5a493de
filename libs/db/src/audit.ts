import { AuditAction, AuditTargetType } from '@tiergate/access';
import { EntityManager } from 'typeorm';
import { preparedQuery } from './prepared';

/** Who did it, as the audit log records it: an account, or the worker ("system"). */
export interface AuditActor {
  id: number | null;
  name: string;
  type: number | null;
  principalId: number | null;
  principalPath: string | null;
  ip?: string | null;
  userAgent?: string | null;
}

export interface AuditRecord {
  action: AuditAction;
  targetType?: AuditTargetType;
  targetId?: string | number;
  targetLabel?: string;
  /**
   * R12: where the target sits in the tree (a subscriber's or a role's owner's path, an account's own path).
   * Left out for what is outside the tree (packages, settings): then only the Admin's side reads the entry.
   */
  targetPath?: string | null;
  /** The session a sign-in, sign-out or refresh is about: stored for forensics, never shown to anyone. */
  sessionId?: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- TypeORM's insert type takes no `unknown` in a jsonb column
  changes?: Record<string, any>;
}

/** The target of an entry about one account (the session, if any, stays out of sight). */
export function accountTarget(account: { id: number; email: string; path: string }, sessionId?: string) {
  return {
    targetType: 'account' as const,
    targetId: account.id,
    targetLabel: account.email,
    targetPath: account.path,
    sessionId,
  } satisfies Partial<AuditRecord>;
}

/** The target of an entry about a role: placed at its owner, whose side sees the role (R7). */
export function roleTarget(role: { id: number; name: string }, ownerPath: string | null) {
  return { targetType: 'role' as const, targetId: role.id, targetLabel: role.name, targetPath: ownerPath } satisfies Partial<AuditRecord>;
}

/**
 * The deepest account two materialised paths both lie under (`/1/4/9/`, `/1/4/12/` → `/1/4/`), NULL if either is NULL
 * or they share only the root: SQL over two text expressions, so that an entry written by the same statement as the
 * row it is about takes its reach from that row.
 */
function commonPathSql(a: string, b: string): string {
  return `(SELECT left(${a}, max(i)) FROM generate_series(2, length(${a})) i WHERE substr(${a}, i, 1) = '/' AND starts_with(${b}, left(${a}, i)))`;
}

const AUDIT_COLUMNS = `actor_id, actor_name, actor_type, principal_id, principal_path, ip, user_agent, action,
  target_type, target_id, target_label, target_path, reach_path, session_id, changes`;

/** `value` as the next parameter of `params`, cast to `type` (an INSERT … SELECT gives its parameters no column type). */
const param = (params: unknown[], value: unknown, type: string) => `$${params.push(value)}::${type}`;

type EntrySql = Record<'action' | 'targetType' | 'targetId' | 'targetLabel' | 'targetPath' | 'sessionId' | 'changes', string>;

/** An entry as the SELECT list of an INSERT INTO audit_log (AUDIT_COLUMNS): the actor's fields as parameters appended to `params`, the entry's as SQL. */
function entryValuesSql(actor: AuditActor, entry: EntrySql, params: unknown[]): string {
  const principalPath = param(params, actor.principalPath, 'text');
  return [
    param(params, actor.id, 'int'),
    param(params, actor.name, 'text'),
    param(params, actor.type, 'smallint'),
    param(params, actor.principalId, 'int'),
    principalPath,
    param(params, actor.ip ?? null, 'text'),
    param(params, actor.userAgent ?? null, 'text'),
    entry.action,
    entry.targetType,
    entry.targetId,
    entry.targetLabel,
    entry.targetPath,
    commonPathSql(principalPath, entry.targetPath),
    entry.sessionId,
    entry.changes,
  ].join(', ');
}

/**
 * R12: always called with the manager of the transaction that makes the change. One plain INSERT: the entry's id and
 * time are the database's, and nothing reads them back. `change` may give the change itself, as data-modifying CTEs
 * (their SQL numbers its parameters from $1): the change and its entry are then one statement and one round trip.
 */
export async function writeAudit(
  manager: EntityManager,
  actor: AuditActor,
  record: AuditRecord,
  change: { ctes: string[]; params: unknown[] } = { ctes: [], params: [] },
): Promise<void> {
  const params: unknown[] = [...change.params];
  const entry = {
    action: param(params, record.action, 'text'),
    targetType: param(params, record.targetType ?? null, 'text'),
    targetId: param(params, record.targetId === undefined ? null : String(record.targetId), 'text'),
    targetLabel: param(params, record.targetLabel ?? null, 'text'),
    targetPath: param(params, record.targetPath ?? null, 'text'),
    sessionId: param(params, record.sessionId ?? null, 'uuid'),
    changes: param(params, record.changes == null ? null : JSON.stringify(record.changes), 'jsonb'),
  };
  const ctes = change.ctes.length ? `WITH ${change.ctes.join(', ')} ` : '';
  await preparedQuery(manager, `${ctes}INSERT INTO audit_log (${AUDIT_COLUMNS}) SELECT ${entryValuesSql(actor, entry, params)}`, params);
}

/**
 * R12 for a change that one statement makes: the entries about the rows it writes, as an INSERT … SELECT over them
 * (`rows`, a FROM item such as a CTE of the written rows) for the same statement, each target and its changes as SQL
 * over those rows. The change and its entry are then one statement: both or neither, with no transaction to open.
 */
export function auditRowsSql(
  actor: AuditActor,
  entry: { action: AuditAction; targetType: AuditTargetType; rows: string } & Record<'targetId' | 'targetLabel' | 'targetPath' | 'changes', string>,
  params: unknown[],
): string {
  const values = entryValuesSql(
    actor,
    {
      action: param(params, entry.action, 'text'),
      targetType: param(params, entry.targetType, 'text'),
      targetId: `(${entry.targetId})::text`,
      targetLabel: entry.targetLabel,
      targetPath: entry.targetPath,
      sessionId: 'NULL::uuid',
      changes: entry.changes,
    },
    params,
  );
  return `INSERT INTO audit_log (${AUDIT_COLUMNS}) SELECT ${values} FROM ${entry.rows}`;
}
