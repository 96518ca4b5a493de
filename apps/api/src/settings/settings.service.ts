import { BadRequestException, Injectable } from '@nestjs/common';
import { CATALOG, isModuleKey } from '@tiergate/access';
import { loadDisabledModules, writeAudit } from '@tiergate/db';
import { DataSource } from 'typeorm';
import { AuthzService } from '../access/authz.service';
import { auditActorOf, Caller } from '../access/caller';
import { SwitchModuleDto } from './dto/switch-module.dto';
import { ModuleSwitch } from './module-switch.view';

@Injectable()
export class SettingsService {
  constructor(
    private readonly db: DataSource,
    private readonly authz: AuthzService,
  ) {}

  /** Every module of the catalog, in its order; a module without a row in module_settings is on. */
  async modules(): Promise<ModuleSwitch[]> {
    const disabled = await loadDisabledModules(this.db);
    return CATALOG.map((m) => ({ key: m.key, label: m.label, enabled: !disabled.has(m.key) }));
  }

  /** R9: every account's next request, on every instance, sees the switch (the response waits for that). */
  async switchModule(caller: Caller, { key, enabled }: SwitchModuleDto): Promise<ModuleSwitch[]> {
    if (!isModuleKey(key)) throw new BadRequestException(`Unknown module: ${key}`);
    const changed = await this.db.transaction(async (m) => {
      // The row exists first, so that FOR UPDATE serialises concurrent switches and `before` is what they changed.
      await m.query(`INSERT INTO module_settings (key, enabled) VALUES ($1, true) ON CONFLICT (key) DO NOTHING`, [key]);
      const [{ enabled: before }] = await m.query(`SELECT enabled FROM module_settings WHERE key = $1 FOR UPDATE`, [key]);
      if (before === enabled) return false;
      await m.query(`UPDATE module_settings SET enabled = $2 WHERE key = $1`, [key, enabled]);
      // No target path: settings are outside the tree, so only the Admin's side reads the entry (R12).
      await writeAudit(m, auditActorOf(caller), {
        action: 'settings.module.update',
        targetType: 'module',
        targetId: key,
        targetLabel: CATALOG.find((c) => c.key === key)!.label,
        changes: { before: { enabled: before }, after: { enabled } },
      });
      return true;
    });
    if (changed) await this.authz.changed({ modules: true });
    return this.modules();
  }
}
