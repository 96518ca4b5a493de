import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The per-manager granular permissions of spec/managers.txt: a grant adds to the role, a revoke removes. */
@Entity('account_permissions')
export class AccountPermission {
  @PrimaryColumn({ name: 'account_id', type: 'int' })
  accountId: number;

  @PrimaryColumn({ type: 'text' })
  permission: string;

  @Column({ type: 'text' })
  effect: 'grant' | 'revoke';

  /** R15: a grant stops counting at this moment (null: never); revokes have none. */
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt: Date | null;
}
