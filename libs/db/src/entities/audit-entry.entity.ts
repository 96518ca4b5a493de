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

  @Column({ type: 'jsonb', nullable: true })
  changes: Record<string, any> | null;
}
