import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('subscriber_notes')
export class SubscriberNote {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'subscriber_id', type: 'int' })
  subscriberId: number;

  /** Null once the author's account is deleted; the name stays. */
  @Column({ name: 'author_id', type: 'int', nullable: true })
  authorId: number | null;

  @Column({ name: 'author_name', type: 'text' })
  authorName: string;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
