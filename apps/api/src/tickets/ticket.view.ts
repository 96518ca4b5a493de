import { AccountType } from '@tiergate/access';
import { Caller } from '../access/caller';
import { accountNameReachSql } from '../access/account-names';

/** A ticket's columns as API.md shows them (alias `t`). */
export const TICKET_COLUMNS = `t.id, t.number, t.subscriber_id AS "subscriberId", t.subject, t.priority, t.status, t.assignee_id AS "assigneeId",
  t.created_by AS "createdBy", t.created_at AS "createdAt", t.updated_at AS "updatedAt"`;

/** …with the names the panel shows: the subscriber's, and the assignee's and creator's within the caller's reach. */
export const NAMED_TICKET_COLUMNS = `${TICKET_COLUMNS}, s.name AS "subscriberName", s.username AS "subscriberUsername",
  asg.name AS "assigneeName", cb.name AS "createdByName"`;

/** The tables NAMED_TICKET_COLUMNS reads; the reach's parameters are appended to `params`. */
export function namedTicketsFrom(caller: Caller, params: unknown[]): string {
  return `tickets t
    JOIN subscribers s ON s.id = t.subscriber_id
    LEFT JOIN accounts asg ON asg.id = t.assignee_id AND ${accountNameReachSql(caller, 'asg', params)}
    LEFT JOIN accounts cb ON cb.id = t.created_by AND ${accountNameReachSql(caller, 'cb', params)}`;
}

const OPERATOR_TYPES = [AccountType.Admin, AccountType.Reseller, AccountType.Subreseller, AccountType.Retailer];

/**
 * Whether account `a` sees the subscriber of ticket `t` (filed at the subscriber's owner, R10): the owner and the
 * operators above it; the owner's staff; the staff of those above it whose scope is `subtree`.
 */
export const SEES_TICKET_SQL = `((a.type = ANY('{${OPERATOR_TYPES.join(',')}}'::int[]) AND t.owner_path LIKE a.path || '%')
    OR (a.type <> ALL('{${OPERATOR_TYPES.join(',')}}'::int[]) AND (a.principal_id = t.owner_id
        OR (a.scope = 'subtree' AND t.owner_path LIKE (SELECT pr.path FROM accounts pr WHERE pr.id = a.principal_id) || '%'))))`;
