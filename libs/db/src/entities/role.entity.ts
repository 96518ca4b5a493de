import { AccountType } from '@tiergate/access';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type DefaultsStatus = 'pending' | 'applied' | 'skipped';

@Entity('roles')
export class Role {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'branch_id', type: 'int' })
  branchId: number;

  /** R2: `branch-salesmanager`, unique per branch. */
  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Column({ type: 'smallint' })
  type: AccountType;

  /** The creator's principal (R7); null only for the Admin's system role. */
  @Column({ name: 'owner_id', type: 'int', nullable: true })
  ownerId: number | null;

  @Column({ name: 'is_system', type: 'boolean', default: false })
  isSystem: boolean;

  @Column({ name: 'defaults_status', type: 'text' })
  defaultsStatus: DefaultsStatus;

  /** When the predefined-permissions job is due; the sweep re-enqueues pending roles past it. */
  @Column({ name: 'defaults_due_at', type: 'timestamptz', nullable: true })
  defaultsDueAt: Date | null;

  /** Set by the first hand-made save of the permissions: the defaults job then skips (R8). */
  @Column({ name: 'permissions_edited_at', type: 'timestamptz', nullable: true })
  permissionsEditedAt: Date | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  /** When an account holding the role last exercised any key (R15: unused roles); written by the API's UsageRecorder. */
  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
