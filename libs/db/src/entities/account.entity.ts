import { AccountType } from '@tiergate/access';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type AccountStatus = 'active' | 'disabled';
export type AccountScope = 'direct' | 'subtree';

@Entity('accounts')
export class Account {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'branch_id', type: 'int' })
  branchId: number;

  @Column({ type: 'smallint' })
  type: AccountType;

  @Column({ type: 'text' })
  name: string;

  /** Stored lower-cased; unique. */
  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ name: 'parent_id', type: 'int', nullable: true })
  parentId: number | null;

  /** Itself for operators, the parent for staff. */
  @Column({ name: 'principal_id', type: 'int', nullable: true })
  principalId: number | null;

  /** Materialised path of ids from the root, `/1/5/9/`; a subtree is a prefix range scan. */
  @Column({ type: 'text' })
  path: string;

  @Column({ name: 'role_id', type: 'int' })
  roleId: number;

  @Column({ type: 'text', default: 'active' })
  status: AccountStatus;

  @Column({ type: 'text', default: 'direct' })
  scope: AccountScope;

  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true })
  balance: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
