import { CustomerScope } from '../access/scope';

/** Payment methods, in the order reports list them (API.md "Accounting"). */
export const PAYMENT_METHODS = ['cash', 'bank', 'mobile', 'card', 'other'] as const;

/** A sum of money as API.md shows it: a decimal string with 2 places, "0.00" when nothing was summed. */
export const moneySum = (expression: string, filter?: string) =>
  `coalesce(sum(${expression})${filter ? ` FILTER (WHERE ${filter})` : ''}, 0)::numeric(1000,2)::text`;

/** R10 on a table with owner_id and owner_path, as positional parameters appended to `params`. */
export function customerScopeSql(scope: CustomerScope, alias: string, params: unknown[]): string {
  if ('ownerId' in scope) {
    params.push(scope.ownerId);
    return `${alias}.owner_id = $${params.length}`;
  }
  params.push(`${scope.pathPrefix}%`);
  return `${alias}.owner_path LIKE $${params.length}`;
}

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
  const where = customerScopeSql(scope, 's', params);
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
