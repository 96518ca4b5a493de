import type { AccountType } from '@tiergate/access';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, query } from '../../api/client';
import type { Account, CountedPage } from '../../api/types';

export interface UsersFilter {
  type?: AccountType | null;
  parentId?: number | null;
  status?: 'active' | 'disabled' | null;
  q?: string;
  page?: number;
  pageSize?: number;
}

/** Every account query starts with this key, so a change invalidates lists, tree nodes and profiles at once. */
export const USERS_KEY = ['users'] as const;

/** GET /users: the accounts in the caller's scope (R11), one page at a time. */
export function useUsers(filter: UsersFilter) {
  return useQuery({
    queryKey: [...USERS_KEY, 'list', filter],
    queryFn: () => api.get<CountedPage<Account>>(`/users${query({ ...filter })}`),
    placeholderData: keepPreviousData,
  });
}
