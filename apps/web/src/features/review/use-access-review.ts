import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';

/** What a review is of: a role (role_module) or an account (user_profile). */
export interface ReviewTarget {
  kind: 'role' | 'user';
  id: number;
}

export const REVIEW_KEY = ['access-review'] as const;
export const DEFAULT_DAYS = 90;
export const MAX_DAYS = 3650;

/** GET /roles/:id/review or /users/:id/review for the last `days` days; the previous answer stays while the next loads. */
export function useAccessReview(target: ReviewTarget, days: number) {
  const path = { params: { path: { id: target.id }, query: { days } } };
  return useQuery({
    queryKey: [...REVIEW_KEY, target.kind, target.id, days],
    queryFn: () => dataOf(target.kind === 'role' ? api.GET('/api/roles/{id}/review', path) : api.GET('/api/users/{id}/review', path)),
    enabled: Number.isInteger(days) && days >= 1 && days <= MAX_DAYS,
    placeholderData: keepPreviousData,
  });
}
