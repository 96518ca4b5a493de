import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type SubscriberStatus = 'active' | 'suspended' | 'expired';

/** An ISP customer, owned by one operator (types 1, 3, 4, 5). */
@Entity('subscribers')
export class Subscriber {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'text' })
  username: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text', nullable: true })
  address: string | null;

  @Column({ name: 'owner_id', type: 'int' })
  ownerId: number;

  /** The owner's materialised path, copied here so that a subtree's subscribers are one index range. */
  @Column({ name: 'owner_path', type: 'text' })
  ownerPath: string;

  @Column({ name: 'package_id', type: 'int', nullable: true })
  packageId: number | null;

  @Column({ type: 'text', default: 'active' })
  status: SubscriberStatus;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Column({ type: 'numeric', precision: 14, scale: 2, default: 0 })
  balance: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
