import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** R12: append-only; a trigger refuses UPDATE and DELETE. */
@Entity('audit_log')
export class AuditEntry {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Column({ name: 'actor_id', type: 'int', nullable: true })
  actorId: number | null;

  @Column({ name: 'actor_name', type: 'text' })
  actorName: string;

  @Column({ name: 'actor_type', type: 'smallint', nullable: true })
  actorType: number | null;

  @Column({ name: 'principal_id', type: 'int', nullable: true })
  principalId: number | null;

  /** The path of the actor's principal: readers see entries under their own principal's path. */
  @Column({ name: 'principal_path', type: 'text', nullable: true })
  principalPath: string | null;

  @Column({ type: 'text', nullable: true })
  ip: string | null;

  @Column({ name: 'user_agent', type: 'text', nullable: true })
  userAgent: string | null;

  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'target_type', type: 'text', nullable: true })
  targetType: string | null;

  @Column({ name: 'target_id', type: 'text', nullable: true })
  targetId: string | null;

  @Column({ name: 'target_label', type: 'text', nullable: true })
  targetLabel: string | null;

  /**
   * Where what the entry touched sits in the tree, for the R12 filter: a subscriber's or a role's owner's path,
   * an account's own path. NULL when it is outside the tree (packages, settings, unknown emails): Admin side only.
   */
  @Column({ name: 'target_path', type: 'text', nullable: true })
  targetPath: string | null;

  /**
   * The deepest account both `principal_path` and `target_path` lie under: the entry is within a reader's subtree
   * exactly when this is, so that one indexed range serves R12. NULL when either is NULL.
   */
  @Column({ name: 'reach_path', type: 'text', nullable: true })
  reachPath: string | null;

  /** The session a sign-in, sign-out or refresh entry is about: kept for forensics, never returned by the API. */
  @Column({ name: 'session_id', type: 'uuid', nullable: true })
  sessionId: string | null;

  @Column({ type: 'jsonb', nullable: true })
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- TypeORM's insert type takes no `unknown` in a jsonb column
  changes: Record<string, any> | null;
}
