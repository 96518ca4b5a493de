/** The react-query keys that several features read, so that a change made on one screen refreshes the others. */
export const ROLES_KEY = ['roles'] as const;
export const roleKey = (id: number) => ['roles', id] as const;
/** Under roleKey: refreshed with the role. */
export const roleHistoryKey = (id: number) => ['roles', id, 'history'] as const;
/** GET /roles?unusedDays=: the roles that could go (R15). */
export const UNUSED_ROLES_KEY = ['roles', 'unused'] as const;
export const PACKAGES_QUERY_KEY = ['packages'] as const;
/** Customer messages (R17): the history, the templates and the settings. */
export const MESSAGES_KEY = ['messages'] as const;
export const MESSAGE_TEMPLATES_KEY = ['messages', 'templates'] as const;
export const MESSAGE_SETTINGS_KEY = ['messages', 'settings'] as const;
