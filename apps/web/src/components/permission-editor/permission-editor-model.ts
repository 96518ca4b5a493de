import { ALL_PERMISSION_KEYS, CATALOG, isAllowedForType, type AccountType, type CatalogPermission, type ModuleKey, type PermissionKey } from '@tiergate/access';

/** One catalog module as the editor offers it for an account type: only the keys that type may hold. */
export interface EditorModule {
  key: ModuleKey;
  label: string;
  /** The module's own key (its switch), when the type may hold it; null for modules without one (Home Dashboard). */
  moduleKey: CatalogPermission | null;
  /** The module's other keys (its features), in the catalog's order. */
  features: CatalogPermission[];
  /** Every key offered in this module, the module key first. */
  offered: PermissionKey[];
}

export const NOT_HELD_REASON = 'You do not hold this permission';
export const REMOVABLE_ONLY_HINT = 'You do not hold this permission: once removed, you cannot add it back';
export const moduleOffReason = (moduleLabel: string) => `Turn on ${moduleLabel} first`;

/** The catalog's modules, in its order, with the keys the type may not hold left out (and modules left empty hidden). */
export function modulesForType(type: AccountType): EditorModule[] {
  return CATALOG.flatMap((m) => {
    const allowed = m.permissions.filter((p) => isAllowedForType(p.key, type));
    if (allowed.length === 0) return [];
    const moduleKey = allowed.find((p) => p.key === m.modulePermission) ?? null;
    const features = allowed.filter((p) => p !== moduleKey);
    return [{ key: m.key, label: m.label, moduleKey, features, offered: allowed.map((p) => p.key) }];
  });
}

/** The modules and features a search matches: by key or label (a matching module label keeps the whole module). */
export function filterModules(modules: readonly EditorModule[], search: string): EditorModule[] {
  const q = search.trim().toLowerCase();
  if (!q) return [...modules];
  const hit = (p: CatalogPermission) => p.key.toLowerCase().includes(q) || p.label.toLowerCase().includes(q);
  return modules.flatMap((m) => {
    if (m.label.toLowerCase().includes(q)) return [m];
    const features = m.features.filter(hit);
    const moduleHit = m.moduleKey !== null && hit(m.moduleKey);
    return features.length > 0 || moduleHit ? [{ ...m, features }] : [];
  });
}

export interface KeyState {
  checked: boolean;
  disabled: boolean;
  /** Why the control is disabled, or a hint about it; null when there is nothing to say. */
  reason: string | null;
}

export interface EditorContext {
  selected: ReadonlySet<PermissionKey>;
  held: ReadonlySet<PermissionKey> | 'all';
  readOnly: boolean;
}

export const holds = (held: EditorContext['held'], key: PermissionKey) => held === 'all' || held.has(key);

/**
 * A module's switch. Turning it on needs the key to be held (R6); turning it off is always allowed (taking away is
 * never an escalation).
 */
export function moduleSwitchState(module: EditorModule, ctx: EditorContext): KeyState {
  const key = module.moduleKey!.key;
  const checked = ctx.selected.has(key);
  if (ctx.readOnly) return { checked, disabled: true, reason: null };
  if (!holds(ctx.held, key)) {
    return checked ? { checked, disabled: false, reason: REMOVABLE_ONLY_HINT } : { checked, disabled: true, reason: NOT_HELD_REASON };
  }
  return { checked, disabled: false, reason: null };
}

/**
 * A feature key. Inactive while its module's key is off; a key the editor does not hold cannot be added, but one that
 * is selected can still be removed.
 */
export function featureState(module: EditorModule, key: PermissionKey, ctx: EditorContext): KeyState {
  const checked = ctx.selected.has(key);
  if (ctx.readOnly) return { checked, disabled: true, reason: null };
  const held = holds(ctx.held, key);
  if (!held && !checked) return { checked, disabled: true, reason: NOT_HELD_REASON };
  if (module.moduleKey && !ctx.selected.has(module.moduleKey.key)) {
    return { checked, disabled: true, reason: moduleOffReason(module.label) };
  }
  if (!held) return { checked, disabled: false, reason: REMOVABLE_ONLY_HINT };
  return { checked, disabled: false, reason: null };
}

/** The selection in the catalog's order (stable output for comparisons and requests). */
export function ordered(selected: ReadonlySet<PermissionKey>): PermissionKey[] {
  return ALL_PERMISSION_KEYS.filter((k) => selected.has(k));
}

/** Switching a module on adds its key only (its features are then chosen one by one); off removes it and every feature. */
export function toggleModule(module: EditorModule, on: boolean, selected: ReadonlySet<PermissionKey>): PermissionKey[] {
  const next = new Set(selected);
  if (on) next.add(module.moduleKey!.key);
  else for (const key of module.offered) next.delete(key);
  return ordered(next);
}

export function toggleKey(key: PermissionKey, on: boolean, selected: ReadonlySet<PermissionKey>): PermissionKey[] {
  const next = new Set(selected);
  if (on) next.add(key);
  else next.delete(key);
  return ordered(next);
}

/** "Select all" adds every feature the editor holds; "Clear" removes every feature (the module key stays). */
export function setAllFeatures(module: EditorModule, on: boolean, ctx: EditorContext): PermissionKey[] {
  const next = new Set(ctx.selected);
  for (const f of module.features) {
    if (!on) next.delete(f.key);
    else if (holds(ctx.held, f.key)) next.add(f.key);
  }
  return ordered(next);
}

export function selectedCount(module: EditorModule, selected: ReadonlySet<PermissionKey>): number {
  return module.offered.filter((k) => selected.has(k)).length;
}
