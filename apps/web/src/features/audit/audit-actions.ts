import { AUDIT_ACTIONS, AUDIT_TARGET_TYPES } from '@tiergate/access';

/** An action not in the vocabulary (a newer API) is still shown, spelled out. */
const BY_ACTION = new Map<string, (typeof AUDIT_ACTIONS)[number]>(AUDIT_ACTIONS.map((a) => [a.action, a]));

/** "role.permissions.update" → "Changed a role's permissions"; an unknown one → "Role permissions update". */
export function actionInWords(action: string): string {
  const known = BY_ACTION.get(action);
  if (known) return known.words;
  const spelled = action.replace(/[._]+/g, ' ').trim();
  return spelled.charAt(0).toUpperCase() + spelled.slice(1);
}

/** The Action filter's choices, grouped as Mantine's Select takes them; `extra` keeps an unknown action chosen. */
export function actionOptions(extra?: string | null): { group: string; items: { value: string; label: string }[] }[] {
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const a of AUDIT_ACTIONS) {
    const items = groups.get(a.group) ?? [];
    items.push({ value: a.action, label: a.words });
    groups.set(a.group, items);
  }
  if (extra && !BY_ACTION.has(extra)) groups.set('Other', [{ value: extra, label: actionInWords(extra) }]);
  return [...groups].map(([group, items]) => ({ group, items }));
}

/** The Target filter's choices. */
export const TARGET_TYPES: { value: string; label: string }[] = AUDIT_TARGET_TYPES.map((t) => ({ ...t }));

export function targetTypeInWords(type: string | null): string {
  if (!type) return '';
  return TARGET_TYPES.find((t) => t.value === type)?.label ?? type.charAt(0).toUpperCase() + type.slice(1);
}
