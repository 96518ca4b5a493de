import { Subscriber } from '@tiergate/db';
import { toMoney } from '../common/money';

/** A subscriber as API.md shows it. */
export function toSubscriberView(s: Subscriber) {
  return {
    id: s.id,
    username: s.username,
    name: s.name,
    phone: s.phone,
    address: s.address,
    ownerId: s.ownerId,
    packageId: s.packageId,
    status: s.status,
    expiresAt: s.expiresAt,
    balance: toMoney(s.balance),
    createdAt: s.createdAt,
  };
}
export type SubscriberView = ReturnType<typeof toSubscriberView>;

/** A subscriber as it is read: with its package's name, so that an account without package keys sees names (UI.md). */
export type NamedSubscriberView = SubscriberView & { packageName: string | null };

/** The select list that reads a subscriber (alias `s`) as a SubscriberView. */
export const SUBSCRIBER_COLUMNS = `s.id, s.username, s.name, s.phone, s.address, s.owner_id AS "ownerId", s.package_id AS "packageId", s.status,
  s.expires_at AS "expiresAt", s.balance::text AS balance, s.created_at AS "createdAt"`;
/** The select list that reads a subscriber (alias `s`) as a NamedSubscriberView, from SUBSCRIBERS_WITH_PACKAGES. */
export const NAMED_SUBSCRIBER_COLUMNS = `${SUBSCRIBER_COLUMNS}, pkg.name AS "packageName"`;
export const SUBSCRIBERS_WITH_PACKAGES = 'subscribers s LEFT JOIN packages pkg ON pkg.id = s.package_id';
