import {
  ACCOUNT_TYPES,
  AuthzChange,
  decodeAuthzChange,
  encodeAuthzChange,
  EVERY_AUTHZ_ENTRY,
  allowedKeysForType,
  AccountType,
  ALL_PERMISSION_KEYS,
  billingPeriodProblem,
  billingPeriodWindow,
  CATALOG,
  codeForStatus,
  copyRoleName,
  CREATABLE_ROLE_TYPES,
  effectivePermissions,
  ERROR_CODES,
  ErrorCode,
  explainPermissions,
  formatRoleName,
  isAllowedForType,
  isErrorCode,
  isPermissionKey,
  mayCreateRoleType,
  mayParentType,
  PermissionKey,
  PREDEFINED_PERMISSIONS,
  principalTypeOf,
  scopedByLevelSql,
  scopedSql,
  unknownPermissionKeys,
} from './index';

const SPEC_KEYS_PER_MODULE: Record<string, number> = {
  home_dashboard: 8,
  my_profile: 6,
  isp_management: 5,
  branch_management: 4,
  user_management: 16,
  subscriber_management: 15,
  allow_reseller: 3,
  package_management: 10,
  accounting: 14,
  voucher_management: 6,
  prepaid_card_management: 5,
  network_management: 10,
  inventory_management: 8,
  department_management: 4,
  area_management: 5,
  ticket_management: 8,
  notice_management: 5,
  note_management: 6,
  sms_management: 5,
  reports: 8,
};

describe('catalog', () => {
  it('holds the 20 modules of the spec with every key once', () => {
    expect(CATALOG).toHaveLength(20);
    expect(Object.fromEntries(CATALOG.map((m) => [m.key, m.permissions.length]))).toEqual(SPEC_KEYS_PER_MODULE);
    expect(new Set(ALL_PERMISSION_KEYS).size).toBe(ALL_PERMISSION_KEYS.length);
  });

  it('labels every module and key once, so that the permission editor never shows one label for two keys', () => {
    const labels = CATALOG.flatMap((m) => [m.label, ...m.permissions.map((p) => p.label)]);
    expect(labels.filter((label, i) => labels.indexOf(label) !== i)).toEqual([]);
  });

  it('spells keys exactly as the spec, including the role-management keys', () => {
    for (const key of [
      'home_subscriber_expired_expiring',
      'my_profile_change_role',
      'subscriber_activity_log',
      'allow_retailer',
      'prepaid_card_batch',
      'disconnect_user',
      'notice_publish',
      'activity_log',
      'role_module',
      'add_role',
      'edit_role',
      'delete_role',
      'copy_role',
      'set_role_permission',
    ]) {
      expect(isPermissionKey(key)).toBe(true);
    }
    expect(unknownPermissionKeys(['add_user', 'fly_to_moon'])).toEqual(['fly_to_moon']);
  });

  it('gives every module with a module key that key as one of its own permissions', () => {
    for (const m of CATALOG) {
      if (m.modulePermission) expect(m.permissions.map((p) => p.key)).toContain(m.modulePermission);
    }
    expect(CATALOG.find((m) => m.key === 'home_dashboard')!.modulePermission).toBeNull();
  });

  it.each([
    ['isp_module', [1]],
    ['add_branch', [1]],
    ['add_package', [1, 2]],
    ['department_module', [1, 2]],
    ['area_group', [1, 2]],
    ['notice_publish', [1, 2]],
    ['send_sms', [1, 2]],
    ['allow_reseller', [4, 5, 7, 8]],
    ['add_subscriber', [1, 2, 3, 4, 5, 6, 7, 8]],
    ['add_role', [1, 2, 3, 4, 5, 6, 7, 8]],
  ] as [PermissionKey, number[]][])('%s may be held by types %j only', (key, types) => {
    expect(ACCOUNT_TYPES.filter((t) => isAllowedForType(key, t))).toEqual(types);
  });
});

describe('R1 creation eligibility', () => {
  const table: [AccountType, AccountType[]][] = [
    [1, [2, 3]],
    [2, []],
    [3, [4, 6]],
    [4, [5, 7]],
    [5, [8]],
    [6, []],
    [7, []],
    [8, []],
  ];
  it.each(table)('a principal of type %i creates role types %j', (principal, creatable) => {
    expect(ACCOUNT_TYPES.filter((t) => mayCreateRoleType(principal, t))).toEqual(creatable);
  });
  it('never lets anyone create the Admin type', () => {
    for (const t of ACCOUNT_TYPES) expect(CREATABLE_ROLE_TYPES[t]).not.toContain(AccountType.Admin);
  });
  it('parents account types as the table of DESIGN §2', () => {
    expect(ACCOUNT_TYPES.filter((t) => mayParentType(1, t))).toEqual([2, 3]);
    expect(ACCOUNT_TYPES.filter((t) => mayParentType(3, t))).toEqual([4, 6]);
    expect(ACCOUNT_TYPES.filter((t) => mayParentType(5, t))).toEqual([8]);
    expect(ACCOUNT_TYPES.filter((t) => mayParentType(2, t))).toEqual([]);
  });
});

describe('predefined permissions', () => {
  it.each([2, 3, 4, 5, 6, 7, 8] as const)('type %i holds only keys allowed for it, with their module keys', (type) => {
    const set = PREDEFINED_PERMISSIONS[type];
    expect(set.length).toBeGreaterThan(0);
    for (const key of set) expect(isAllowedForType(key, type)).toBe(true);
    expect(effectivePermissions({ type, rolePermissions: set, principalPermissions: new Set(ALL_PERMISSION_KEYS) })).toEqual(new Set(set));
  });
  it('is least privilege: no defaults delete anything, and staff defaults differ from reseller defaults', () => {
    for (const set of Object.values(PREDEFINED_PERMISSIONS)) expect(set.filter((k) => k.startsWith('delete_'))).toEqual([]);
    expect(PREDEFINED_PERMISSIONS[2]).not.toEqual(PREDEFINED_PERMISSIONS[3]);
    expect(PREDEFINED_PERMISSIONS[6]).not.toContain('user_module');
    expect(PREDEFINED_PERMISSIONS[3]).toContain('add_role');
  });
});

describe('R2 / R4 names', () => {
  it('formats names with the branch prefix, lowercased, without white space', () => {
    expect(formatRoleName('branch', 'Sales Manager')).toBe('branch-salesmanager');
    expect(formatRoleName('branch', ' Network\tAdmin ')).toBe('branch-networkadmin');
    expect(formatRoleName('north', 'Manager')).toBe('north-manager');
  });
  it('names a copy after its source and the time as HHmmss', () => {
    expect(copyRoleName('branch-manager', new Date(2026, 10, 22, 14, 30, 52))).toBe('branch-manager143052');
    expect(copyRoleName('branch-manager', new Date(2026, 0, 1, 4, 5, 6))).toBe('branch-manager040506');
  });
});

describe('effectivePermissions', () => {
  const all = new Set<string>(ALL_PERMISSION_KEYS);

  it('gives the Admin everything allowed for its type, whatever its role row holds', () => {
    expect(effectivePermissions({ type: 1, rolePermissions: [] })).toEqual(new Set(allowedKeysForType(1)));
    expect(allowedKeysForType(1)).not.toContain('allow_reseller');
  });

  it('unites role and grants, then removes revokes', () => {
    const eff = effectivePermissions({
      type: 3,
      rolePermissions: ['subscriber_module', 'add_subscriber', 'delete_subscriber'],
      grants: ['edit_subscriber'],
      revokes: ['delete_subscriber'],
    });
    expect([...eff].sort()).toEqual(['add_subscriber', 'edit_subscriber', 'subscriber_module']);
  });

  it('a revoke wins over a grant of the same key', () => {
    const eff = effectivePermissions({ type: 3, rolePermissions: ['user_module'], grants: ['add_user'], revokes: ['add_user'] });
    expect(eff.has('add_user')).toBe(false);
  });

  it('drops keys the type may not hold', () => {
    const eff = effectivePermissions({ type: 3, rolePermissions: ['package_module', 'add_package', 'allow_reseller', 'isp_module'] });
    expect(eff.size).toBe(0);
  });

  it('drops feature keys whose module key is not effective, but not modules without a key', () => {
    const eff = effectivePermissions({ type: 4, rolePermissions: ['add_subscriber', 'home_usage', 'allow_reseller'] });
    expect([...eff].sort()).toEqual(['allow_reseller', 'home_usage']);
  });

  it('caps staff by the principal (R6) and shrinks with it', () => {
    const role = ['subscriber_module', 'add_subscriber', 'delete_subscriber'];
    const principal = effectivePermissions({ type: 3, rolePermissions: ['subscriber_module', 'add_subscriber'] });
    expect([...effectivePermissions({ type: 6, rolePermissions: role, principalPermissions: principal })].sort()).toEqual([
      'add_subscriber',
      'subscriber_module',
    ]);
    const shrunk = effectivePermissions({ type: 3, rolePermissions: ['add_subscriber'] });
    expect(effectivePermissions({ type: 6, rolePermissions: role, principalPermissions: shrunk }).size).toBe(0);
  });

  it('gives staff nothing when no ceiling is known', () => {
    expect(effectivePermissions({ type: 2, rolePermissions: ['home_usage'] }).size).toBe(0);
    expect(effectivePermissions({ type: 2, rolePermissions: ['home_usage'], principalPermissions: all }).size).toBe(1);
  });

  it('removes switched-off modules, for the Admin too', () => {
    const eff = effectivePermissions({ type: 1, rolePermissions: [], disabledModules: new Set(['voucher_management']) });
    expect(eff.has('voucher_module')).toBe(false);
    expect(eff.has('add_voucher')).toBe(false);
    expect(eff.has('add_user')).toBe(true);
  });

  it('explains every key', () => {
    const explain = explainPermissions({
      type: 6,
      rolePermissions: ['subscriber_module', 'add_subscriber', 'delete_subscriber', 'add_package', 'edit_user'],
      grants: ['subscriber_profile', 'voucher_module'],
      revokes: ['add_subscriber'],
      principalPermissions: new Set(['subscriber_module', 'subscriber_profile', 'edit_user', 'voucher_module']),
      disabledModules: new Set(['voucher_management']),
    });
    expect(explain.size).toBe(ALL_PERMISSION_KEYS.length);
    expect(explain.get('subscriber_module')).toEqual({ granted: true, reason: 'granted by role' });
    expect(explain.get('subscriber_profile')).toEqual({ granted: true, reason: 'granted to the account' });
    expect(explain.get('add_subscriber')).toEqual({ granted: false, reason: 'revoked from the account' });
    expect(explain.get('delete_subscriber')).toEqual({ granted: false, reason: "above the principal's permissions" });
    expect(explain.get('add_package')).toEqual({ granted: false, reason: 'not allowed for the account type' });
    expect(explain.get('voucher_module')).toEqual({ granted: false, reason: 'module switched off' });
    expect(explain.get('edit_user')).toEqual({ granted: false, reason: 'module permission missing' });
    expect(explain.get('add_ticket')).toEqual({ granted: false, reason: 'not in role' });
  });
});

describe('R14 billing periods', () => {
  const now = new Date('2026-01-31T23:59:59Z');

  it('span 24 months back to 1 month ahead of the current UTC month, across years', () => {
    expect(billingPeriodWindow(now)).toEqual({ from: '2024-01', to: '2026-02' });
    expect(billingPeriodWindow(new Date('2026-12-01T00:00:00Z'))).toEqual({ from: '2024-12', to: '2027-01' });
  });

  it('are months within the window, each refusal saying why', () => {
    for (const period of ['2024-01', '2025-07', '2026-01', '2026-02']) expect(billingPeriodProblem(period, now)).toBeNull();
    const outside = 'must be a month from 2024-01 to 2026-02 (at most 24 months before the current month, UTC, and 1 after it)';
    for (const period of ['2023-12', '2026-03', '0001-01', '9999-12']) expect(billingPeriodProblem(period, now)).toBe(outside);
    for (const period of ['2026-13', '2026-1', '0000-05', '']) expect(billingPeriodProblem(period, now)).toBe('must be a month as YYYY-MM, such as 2026-11');
  });
});

describe('error codes (API.md: `code` in every error body)', () => {
  const codes = Object.keys(ERROR_CODES) as ErrorCode[];

  it('are stable upper-case names, each with a 4xx or 5xx status', () => {
    for (const code of codes) {
      expect(code).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
      expect(ERROR_CODES[code]).toBeGreaterThanOrEqual(400);
      expect(ERROR_CODES[code]).toBeLessThan(600);
    }
  });

  it('give every status a general code of that status, whatever a client is sent', () => {
    for (const status of [400, 401, 403, 404, 409, 500, 503]) expect(ERROR_CODES[codeForStatus(status)]).toBe(status);
    expect([413, 414, 415, 429, 431].map(codeForStatus)).toEqual(Array(5).fill('REQUEST_REJECTED'));
    expect([502, 504].map(codeForStatus)).toEqual(['UNAVAILABLE', 'UNAVAILABLE']);
  });

  it('are told from other strings, a Fastify code or an inherited name included', () => {
    expect(codes.every(isErrorCode)).toBe(true);
    expect(['FST_ERR_BAD_URL', 'toString', 'not_found', undefined, 404].some(isErrorCode)).toBe(false);
  });
});

describe('R10 as SQL (scopedSql)', () => {
  it('holds a subtree scope to the owner path and a direct scope to the owner, with positional parameters', () => {
    const params: unknown[] = [7];
    expect(scopedSql({ pathPrefix: '/1/4/' }, 's', params)).toBe('s.owner_path LIKE $2');
    expect(scopedSql({ ownerId: 4 }, 'i', params)).toBe('i.owner_id = $3');
    expect(params).toEqual([7, '/1/4/%', 4]);
  });

  it("takes named parameters (a query builder) and the owner account's own columns", () => {
    const named: Record<string, unknown> = {};
    expect(scopedSql({ ownerId: 4 }, 's', named)).toBe('s.owner_id = :scope');
    expect(named).toEqual({ scope: 4 });
    const params: unknown[] = [];
    expect(scopedSql({ pathPrefix: '/1/' }, { ownerId: 'a.id', ownerPath: 'a.path' }, params)).toBe('a.path LIKE $1');
    expect(params).toEqual(['/1/%']);
  });

  it('states a subtree below the root as the equality on its level, and the root and a direct scope as scopedSql does', () => {
    const params: unknown[] = [7];
    expect(scopedByLevelSql({ pathPrefix: '/1/4/' }, 's', params)).toBe("split_part(s.owner_path, '/', 3) = $2");
    expect(scopedByLevelSql({ pathPrefix: '/1/4/9/' }, 's', params)).toBe("split_part(s.owner_path, '/', 4) = $3");
    expect(scopedByLevelSql({ pathPrefix: '/1/4/9/40/' }, 's', params)).toBe("split_part(s.owner_path, '/', 5) = $4");
    expect(scopedByLevelSql({ pathPrefix: '/1/' }, 's', params)).toBe('s.owner_path LIKE $5');
    expect(scopedByLevelSql({ ownerId: 4 }, 's', params)).toBe('s.owner_id = $6');
    expect(params).toEqual([7, '4', '9', '40', '/1/%', 4]);
  });
});

describe('principalTypeOf', () => {
  it('is the account itself for an operator and its parent for a staff account', () => {
    expect(principalTypeOf({ type: AccountType.Retailer })).toBe(AccountType.Retailer);
    expect(principalTypeOf({ type: AccountType.RetailerStaff })).toBe(AccountType.Retailer);
  });
});

describe('the R9 change message (issue 17 item 6)', () => {
  it('carries the change id and what it touched', () => {
    const change: AuthzChange = { accounts: [7], subtrees: [3], roles: [12], sessionsOf: [7], modules: true };
    expect(decodeAuthzChange(encodeAuthzChange('c-1', change))).toEqual({ changeId: 'c-1', change });
  });

  it('drops everything for a message whose reach is not known', () => {
    for (const message of ['1765000000000', 'c-2 not json', 'c-3 [1]', 'c-4 {"accounts":["7"]}', 'c-5 {"tenants":[1]}', 'c-6 {"modules":false}']) {
      expect(decodeAuthzChange(message).change).toBe(EVERY_AUTHZ_ENTRY);
    }
    expect(decodeAuthzChange('1765000000000').changeId).toBe('1765000000000');
  });
});
