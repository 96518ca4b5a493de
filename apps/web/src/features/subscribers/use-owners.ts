import { AccountType, ACCOUNT_TYPE_NAMES, isStaffType, principalTypeOf } from '@tiergate/access';
import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';
import type { Me } from '../../api/types';
import { useCan } from '../../session/use-can';
import { useMe } from '../../session/use-me';

/** The operator types that can stand below a principal of a type and own subscribers (DESIGN §2). */
const OPERATORS_BELOW: Partial<Record<AccountType, AccountType[]>> = {
  [AccountType.Admin]: [AccountType.Reseller, AccountType.Subreseller, AccountType.Retailer],
  [AccountType.Reseller]: [AccountType.Subreseller, AccountType.Retailer],
  [AccountType.Subreseller]: [AccountType.Retailer],
};

/** How many operators of each type the owner lists hold: enough for a branch; beyond it, typing in the Select filters. */
const OWNERS_PER_TYPE = 200;

export interface OwnerOption {
  value: string;
  label: string;
  active: boolean;
}

/** The account that owns what this one creates: itself, or for staff its principal (whose name /users does not show). */
function principalOption(me: Me): OwnerOption {
  const label = isStaffType(me.type) ? `Your ${ACCOUNT_TYPE_NAMES[principalTypeOf(me)].toLowerCase()}` : `${me.name} (you)`;
  return { value: String(me.principalId), label, active: true };
}

/**
 * The operators in the caller's scope that may own subscribers (the caller's principal and the operators below it),
 * from GET /users: only with user_module. Without it, `available` is false and owners show by name only when they
 * are the caller's principal.
 */
export function useOwners() {
  const me = useMe().data;
  const can = useCan();
  const available = !!me && can('user_module');
  const types = me ? (OPERATORS_BELOW[principalTypeOf(me)] ?? []) : [];
  const operators = useQuery({
    queryKey: ['subscribers', 'owners', me?.id, types],
    queryFn: async () => {
      const pages = await Promise.all(types.map((type) => dataOf(api.GET('/api/users', { params: { query: { type, pageSize: OWNERS_PER_TYPE } } }))));
      return pages.flatMap((page) => page.items);
    },
    enabled: available && types.length > 0,
    staleTime: 60_000,
  });
  const options: OwnerOption[] = me ? [principalOption(me)] : [];
  for (const account of operators.data ?? []) {
    options.push({ value: String(account.id), label: `${account.name} (${account.typeName})`, active: account.status === 'active' });
  }
  const names = new Map(options.map((o) => [o.value, o.label]));
  return {
    /**
     * Whether every subscriber this account sees has one owner (a direct-scope manager sees only its principal's,
     * a Retailer has no operator below it): then an Owner column or filter says nothing.
     */
    single: !!me && ((isStaffType(me.type) && me.scope === 'direct') || types.length === 0),
    /** Whether the account may list operators (the owner filter and owner choice need it). */
    available,
    isPending: available && types.length > 0 && operators.isPending,
    options,
    /** The owner's label, or `#id` when the account cannot see it. */
    nameOf: (ownerId: number) => names.get(String(ownerId)) ?? `#${ownerId}`,
  };
}
