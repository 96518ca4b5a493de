import { CustomerScope, scopedSql } from '@tiergate/access';

/** A sum of money as API.md shows it: a decimal string with 2 places, "0.00" when nothing was summed. */
export const moneySum = (expression: string, filter?: string) =>
  `coalesce(sum(${expression})${filter ? ` FILTER (WHERE ${filter})` : ''}, 0)::numeric(1000,2)::text`;

export interface SubscriberCounts {
  total: number;
  active: number;
  suspended: number;
  expired: number;
  /** Active, and their paid time ends within the next 7 days. */
  expiringIn7Days: number;
}

/** The subscribers in scope by status, in one index-only pass (subscribers_owner_path_status_idx). */
export function subscriberCountsSql(scope: CustomerScope): [string, unknown[]] {
  const params: unknown[] = [];
  const where = scopedSql(scope, 's', params);
  return [
    `SELECT count(*)::int AS total,
            count(*) FILTER (WHERE s.status = 'active')::int AS active,
            count(*) FILTER (WHERE s.status = 'suspended')::int AS suspended,
            count(*) FILTER (WHERE s.status = 'expired')::int AS expired,
            count(*) FILTER (WHERE s.status = 'active' AND s.expires_at >= now() AND s.expires_at < now() + interval '7 days')::int AS "expiringIn7Days"
       FROM subscribers s WHERE ${where}`,
    params,
  ];
}
