import { Injectable, NotFoundException } from '@nestjs/common';
import { Package, writeAudit } from '@tiergate/db';
import { DataSource, EntityManager } from 'typeorm';
import { auditActorOf, Caller } from '../access/caller';
import { toMoney } from '../common/money';
import { conflictOnDuplicate } from '../common/unique-violation';
import { CreatePackageDto } from './dto/create-package.dto';
import { UpdatePackageDto } from './dto/update-package.dto';
import { ApiException } from '../common/api.exception';

export function toPackageView(p: Package) {
  return { id: p.id, name: p.name, price: toMoney(p.price), validityDays: p.validityDays, description: p.description, createdAt: p.createdAt };
}
export type PackageView = ReturnType<typeof toPackageView>;

/** Packages are installation-wide: the Admin's side manages them, every operator assigns them. */
@Injectable()
export class PackagesService {
  constructor(private readonly db: DataSource) {}

  async list(): Promise<PackageView[]> {
    return (await this.db.getRepository(Package).find({ order: { id: 'ASC' } })).map(toPackageView);
  }

  async create(caller: Caller, dto: CreatePackageDto): Promise<PackageView> {
    const created = await conflictOnDuplicate(
      () =>
        this.db.transaction(async (m) => {
          const saved = await m.save(m.create(Package, { ...dto, name: dto.name.trim(), price: String(dto.price), description: dto.description ?? null }));
          await writeAudit(m, auditActorOf(caller), {
            action: 'package.create',
            targetType: 'package',
            targetId: saved.id,
            targetLabel: saved.name,
            changes: { after: toPackageView(saved) },
          });
          return saved;
        }),
      'DUPLICATE_NAME',
      `Package ${dto.name.trim()} already exists`,
    );
    return toPackageView(created);
  }

  async update(caller: Caller, id: number, dto: UpdatePackageDto): Promise<PackageView> {
    const updated = await conflictOnDuplicate(
      () =>
        this.db.transaction(async (m) => {
          const before = await this.find(m, id);
          const after = m.merge(Package, m.create(Package, { ...before }), {
            ...(dto.name !== undefined && { name: dto.name.trim() }),
            ...(dto.price !== undefined && { price: String(dto.price) }),
            ...(dto.validityDays !== undefined && { validityDays: dto.validityDays }),
            ...(dto.description !== undefined && { description: dto.description }),
          });
          await m.save(after);
          await writeAudit(m, auditActorOf(caller), {
            action: 'package.update',
            targetType: 'package',
            targetId: id,
            targetLabel: after.name,
            changes: { before: toPackageView(before), after: toPackageView(after) },
          });
          return after;
        }),
      'DUPLICATE_NAME',
      `Package ${dto.name?.trim()} already exists`,
    );
    return toPackageView(updated);
  }

  async remove(caller: Caller, id: number): Promise<void> {
    await this.db.transaction(async (m) => {
      const before = await this.find(m, id);
      const [{ used }] = await m.query(`SELECT EXISTS (SELECT 1 FROM subscribers WHERE package_id = $1) AS used`, [id]);
      if (used) throw new ApiException('NOT_ELIGIBLE_TO_DELETE', 'Not Eligible To Delete: subscribers are on this package');
      await m.delete(Package, id);
      await writeAudit(m, auditActorOf(caller), {
        action: 'package.delete',
        targetType: 'package',
        targetId: id,
        targetLabel: before.name,
        changes: { before: toPackageView(before) },
      });
    });
  }

  /**
   * The package, locked to the transaction: for a change to it (`pessimistic_write`), or against its deletion while a
   * subscriber is put on it (`for_key_share`, which such locks of other tenants' subscribers do not wait for: R14).
   */
  async find(m: EntityManager, id: number, lock: 'pessimistic_write' | 'for_key_share' = 'pessimistic_write'): Promise<Package> {
    const found = await m.findOne(Package, { where: { id }, lock: { mode: lock } });
    if (!found) throw new NotFoundException(`Package ${id} not found`);
    return found;
  }
}
