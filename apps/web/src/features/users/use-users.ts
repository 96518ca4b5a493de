import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';
import type { operations } from '../../api/schema.gen';

type UsersQuery = NonNullable<operations['UsersController_list']['parameters']['query']>;
/** GET /users's query; null is the same as not set (the client leaves both out of the query string). */
export type UsersFilter = { [K in keyof UsersQuery]?: UsersQuery[K] | null };

/** Every account query starts with this key, so a change invalidates lists, tree nodes and profiles at once. */
export const USERS_KEY = ['users'] as const;

/** GET /users: the accounts in the caller's scope (R11), one page at a time. */
export function useUsers(filter: UsersFilter) {
  return useQuery({
    queryKey: [...USERS_KEY, 'list', filter],
    queryFn: () => dataOf(api.GET('/api/users', { params: { query: filter as UsersQuery } })),
    placeholderData: keepPreviousData,
  });
}
