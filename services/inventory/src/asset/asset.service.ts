import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import {
  DomainError,
  isUniqueViolation,
  notFound,
  transitionAggregate,
  type Caller,
  type ServiceDeps,
  type StatefulKind,
} from '@hotelops/kernel';
import { CountEntity, CountLineEntity } from '../count/count.entity';
import { LocationEntity } from '../location/location.entity';
import { AssetEntity } from './asset.entity';
import { ASSET_MACHINE, missingAssets, type AssetAction, type AssetCondition, type AssetStatus } from './asset.rules';

export const ASSET: StatefulKind<AssetEntity, AssetStatus, AssetAction> = {
  entity: AssetEntity,
  notFound: 'ASSET.NOT_FOUND',
  noun: 'Asset',
  machine: ASSET_MACHINE,
  invalidTransition: 'ASSET.INVALID_TRANSITION',
};

export interface NewAsset {
  propertyId: string;
  tag: string;
  name: string;
  locationId: string;
  custodianId?: string | null;
  condition: AssetCondition;
  costMinor: number;
  acquiredOn?: string | null;
}

/** The fixed-asset register (资产管理): registered, moved, inspected, disposed of, verified by counts. */
export class AssetService {
  constructor(private readonly deps: ServiceDeps) {}

  register(input: NewAsset, caller: Caller): Promise<AssetEntity> {
    caller.assertProperty(input.propertyId);
    const taken = () => new DomainError('ASSET.TAG_TAKEN', `Asset tag ${input.tag} is already registered`, { tag: input.tag });
    return this.deps.db.transaction(async (em) => {
      if (!(await em.existsBy(LocationEntity, { id: input.locationId, propertyId: input.propertyId }))) {
        throw notFound('LOCATION.NOT_FOUND', 'Location', input.locationId);
      }
      if (await em.existsBy(AssetEntity, { propertyId: input.propertyId, tag: input.tag })) throw taken();
      const now = this.deps.clock.now();
      const asset = em.create(AssetEntity, {
        id: randomUUID(),
        ...input,
        custodianId: input.custodianId ?? null,
        acquiredOn: input.acquiredOn ?? null,
        status: 'IN_USE',
        verifiedByCountId: null,
        history: [{ at: now.toISOString(), action: 'register', by: caller.employeeId ?? null, note: null }],
        createdAt: now,
        updatedAt: now,
      });
      return em.save(asset).catch((err: unknown) => {
        throw isUniqueViolation(err) ? taken() : err;
      });
    });
  }

  /** Moves an asset to another location and/or custodian (a transfer between departments). */
  move(id: string, to: { locationId?: string | null; custodianId?: string | null }, caller: Caller) {
    return transitionAggregate(this.deps, ASSET, id, 'move', caller, async (em, a, change) => {
      if (to.locationId) {
        if (!(await em.existsBy(LocationEntity, { id: to.locationId, propertyId: a.propertyId })))
          throw notFound('LOCATION.NOT_FOUND', 'Location', to.locationId);
        a.locationId = to.locationId;
      }
      if (to.custodianId !== undefined) a.custodianId = to.custodianId;
      a.history = [
        ...a.history,
        { at: change.at.toISOString(), action: 'move', by: caller.employeeId ?? null, note: `to ${a.locationId}` },
      ];
    });
  }

  inspect(id: string, condition: AssetCondition, note: string | null, caller: Caller) {
    return transitionAggregate(this.deps, ASSET, id, 'inspect', caller, async (_em, a, change) => {
      a.condition = condition;
      a.history = [
        ...a.history,
        { at: change.at.toISOString(), action: 'inspect', by: caller.employeeId ?? null, note: `${condition}${note ? `: ${note}` : ''}` },
      ];
    });
  }

  dispose(id: string, reason: string, caller: Caller) {
    return transitionAggregate(this.deps, ASSET, id, 'dispose', caller, async (_em, a, change) => {
      a.history = [...a.history, { at: change.at.toISOString(), action: 'dispose', by: caller.employeeId ?? null, note: reason }];
    });
  }

  /**
   * Asset count as part of a stocktake: the tags found in the count's bins are verified by it;
   * returns the assets registered in those bins that were not found.
   */
  verify(countId: string, tags: string[], caller: Caller) {
    return this.deps.db.transaction(async (em) => {
      const count = await em.findOneBy(CountEntity, { id: countId });
      if (!count) throw notFound('COUNT.NOT_FOUND', 'Count', countId);
      caller.assertProperty(count.propertyId);
      const bins = new Set((await em.find(LocationEntity, { where: { frozenByCountId: countId }, select: { id: true } })).map((l) => l.id));
      for (const l of await em.find(CountLineEntity, { where: { countId }, select: { locationId: true } })) bins.add(l.locationId);
      const assets = await em.findBy(AssetEntity, { propertyId: count.propertyId, status: 'IN_USE', locationId: In([...bins, '']) });
      const found = new Set(tags);
      const verified = assets.filter((a) => found.has(a.tag));
      if (verified.length) await em.update(AssetEntity, { id: In(verified.map((a) => a.id)) }, { verifiedByCountId: countId });
      return missingAssets(assets, bins, found);
    });
  }

  list(propertyId: string, caller: Caller, locationId?: string) {
    caller.assertProperty(propertyId);
    return this.deps.db.manager.find(AssetEntity, {
      where: { propertyId, ...(locationId ? { locationId } : {}) },
      order: { tag: 'ASC' },
      take: 500,
    });
  }
}
