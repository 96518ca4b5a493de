/**
 * The dotted actions the API writes (grep `action: '` in apps/api and apps/worker), each in words for the
 * log and grouped for the Action filter. An action not listed here (a newer API) is still shown, spelled out.
 */
export interface AuditActionInfo {
  action: string;
  words: string;
  group: string;
}

const ACTIONS: readonly AuditActionInfo[] = [
  { group: 'Roles', action: 'role.create', words: 'Created a role' },
  { group: 'Roles', action: 'role.rename', words: 'Renamed a role' },
  { group: 'Roles', action: 'role.copy', words: 'Copied a role' },
  { group: 'Roles', action: 'role.permissions.update', words: "Changed a role's permissions" },
  { group: 'Roles', action: 'role.defaults.apply', words: 'Applied predefined permissions' },
  { group: 'Roles', action: 'role.defaults.skip', words: 'Skipped predefined permissions' },
  { group: 'Roles', action: 'role.delete', words: 'Deleted a role' },
  { group: 'Accounts', action: 'user.create', words: 'Created an account' },
  { group: 'Accounts', action: 'user.update', words: 'Edited an account' },
  { group: 'Accounts', action: 'user.role.update', words: "Changed an account's role" },
  { group: 'Accounts', action: 'user.permissions.update', words: "Changed an account's permissions" },
  { group: 'Accounts', action: 'user.password.change', words: 'Changed a password' },
  { group: 'Accounts', action: 'user.delete', words: 'Deleted an account' },
  { group: 'Accounts', action: 'account.create_root', words: 'Created the Admin account' },
  { group: 'Subscribers', action: 'subscriber.create', words: 'Added a subscriber' },
  { group: 'Subscribers', action: 'subscriber.update', words: 'Edited a subscriber' },
  { group: 'Subscribers', action: 'subscriber.suspend', words: 'Suspended a subscriber' },
  { group: 'Subscribers', action: 'subscriber.reconnect', words: 'Reconnected a subscriber' },
  { group: 'Subscribers', action: 'subscriber.package.change', words: "Changed a subscriber's package" },
  { group: 'Subscribers', action: 'subscriber.expiry.extend', words: "Extended a subscriber's expiry" },
  { group: 'Subscribers', action: 'subscriber.note.add', words: 'Added a note to a subscriber' },
  { group: 'Subscribers', action: 'subscriber.delete', words: 'Deleted a subscriber' },
  { group: 'Packages', action: 'package.create', words: 'Created a package' },
  { group: 'Packages', action: 'package.update', words: 'Edited a package' },
  { group: 'Packages', action: 'package.delete', words: 'Deleted a package' },
  { group: 'Sign-in', action: 'auth.login', words: 'Signed in' },
  { group: 'Sign-in', action: 'auth.login_failed', words: 'Failed to sign in' },
  { group: 'Sign-in', action: 'auth.logout', words: 'Signed out' },
  { group: 'Sign-in', action: 'auth.password_change_failed', words: 'Failed to change the password' },
  { group: 'Sign-in', action: 'auth.refresh_reused', words: 'Reused an old session token (session ended)' },
  { group: 'Settings', action: 'settings.module.update', words: 'Switched a module' },
];

const BY_ACTION = new Map(ACTIONS.map((a) => [a.action, a]));

export const AUDIT_ACTIONS = ACTIONS;

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
  for (const a of ACTIONS) {
    const items = groups.get(a.group) ?? [];
    items.push({ value: a.action, label: a.words });
    groups.set(a.group, items);
  }
  if (extra && !BY_ACTION.has(extra)) groups.set('Other', [{ value: extra, label: actionInWords(extra) }]);
  return [...groups].map(([group, items]) => ({ group, items }));
}

/** The kinds of record an entry can be about (`targetType`), for the Target filter and the log. */
export const TARGET_TYPES: readonly { value: string; label: string }[] = [
  { value: 'account', label: 'Account' },
  { value: 'role', label: 'Role' },
  { value: 'subscriber', label: 'Subscriber' },
  { value: 'package', label: 'Package' },
  { value: 'module', label: 'Module' },
];

export function targetTypeInWords(type: string | null): string {
  if (!type) return '';
  return TARGET_TYPES.find((t) => t.value === type)?.label ?? type.charAt(0).toUpperCase() + type.slice(1);
}
