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
