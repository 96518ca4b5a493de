import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A module switched off globally; a module without a row is on. */
@Entity('module_settings')
export class ModuleSetting {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'boolean' })
  enabled: boolean;
}
