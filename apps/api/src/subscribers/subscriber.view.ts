import { Subscriber } from '@tiergate/db';
import { SelectQueryBuilder } from 'typeorm';
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

/** Runs a query of subscribers (alias `s`) with their packages' names joined in. */
export async function withPackageNames(qb: SelectQueryBuilder<Subscriber>): Promise<NamedSubscriberView[]> {
  const { entities, raw } = await qb.leftJoin('packages', 'pkg', 'pkg.id = s.packageId').addSelect('pkg.name', 'package_name').getRawAndEntities();
  const names = new Map<number, string | null>(raw.map((r: { s_id: number; package_name: string | null }) => [r.s_id, r.package_name]));
  return entities.map((s) => ({ ...toSubscriberView(s), packageName: names.get(s.id) ?? null }));
}
