import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import {
  DomainError,
  groupByIds,
  notFound,
  paginate,
  transitionAggregate,
  type Caller,
  type PageArgs,
  type ServiceDeps,
  type StatefulKind,
} from '@hotelops/kernel';
import { assertText } from '../case/text-input';
import { LostItemEntity, LostItemHistoryEntity } from './lost-found.entity';
import { LOST_ITEM_MACHINE, disposableFrom, type LostItemAction, type LostItemCategory, type LostItemStatus } from './lost-found.rules';

export interface FoundItemDraft {
  propertyId: string;
  category: LostItemCategory;
  description: string;
  foundLocation: string;
  roomId: string | null;
  reservationId: string | null;
  note: string | null;
}

const LOST_ITEM: StatefulKind<LostItemEntity, LostItemStatus, LostItemAction> = {
  entity: LostItemEntity,
  notFound: 'LOST_ITEM.NOT_FOUND',
  noun: 'Lost item',
  machine: LOST_ITEM_MACHINE,
  invalidTransition: 'LOST_ITEM.INVALID_TRANSITION',
};

export class LostFoundService {
  constructor(private readonly deps: ServiceDeps) {}

  record(d: FoundItemDraft, caller: Caller): Promise<LostItemEntity> {
    caller.assertProperty(d.propertyId);
    assertText('description', d.description, 500);
    assertText('foundLocation', d.foundLocation, 200);
    return this.deps.db.transaction(async (em) => {
      const now = this.deps.clock.now();
      const item = Object.assign(new LostItemEntity(), {
        id: randomUUID(),
        propertyId: d.propertyId,
        category: d.category,
        description: d.description.trim(),
        foundLocation: d.foundLocation.trim(),
        roomId: d.roomId,
        reservationId: d.reservationId,
        status: 'FOUND',
        foundAt: now,
        foundBy: caller.employeeId ?? null,
        storageLocation: null,
        handedTo: null,
        carrier: null,
        trackingNumber: null,
        version: 1,
        createdAt: now,
      } satisfies LostItemEntity);
      await em.insert(LostItemEntity, item);
      await em.insert(LostItemHistoryEntity, historyOf(item, 'FOUND', now, caller, d.note));
      return item;
    });
  }

  store(id: string, storageLocation: string, caller: Caller): Promise<LostItemEntity> {
    assertText('storageLocation', storageLocation, 100);
    return this.change(id, 'store', caller, `stored at ${storageLocation.trim()}`, (item) => {
      item.storageLocation = storageLocation.trim();
    });
  }

  /** Handed to the guest (or someone they sent); `claimant` records the name and ID checked. */
  claim(id: string, claimant: string, caller: Caller): Promise<LostItemEntity> {
    assertText('claimant', claimant, 300);
    return this.change(id, 'claim', caller, `handed to ${claimant.trim()}`, (item) => {
      item.handedTo = claimant.trim();
    });
  }

  ship(id: string, s: { shipTo: string; carrier: string; trackingNumber: string }, caller: Caller): Promise<LostItemEntity> {
    assertText('shipTo', s.shipTo, 300);
    assertText('carrier', s.carrier, 100);
    assertText('trackingNumber', s.trackingNumber, 100);
    return this.change(id, 'ship', caller, `shipped to ${s.shipTo.trim()} by ${s.carrier.trim()} (${s.trackingNumber.trim()})`, (item) => {
      item.handedTo = s.shipTo.trim();
      item.carrier = s.carrier.trim();
      item.trackingNumber = s.trackingNumber.trim();
    });
  }

  /** Only once the category's retention period is over: a guest may still come back for it. */
  dispose(id: string, how: string, caller: Caller): Promise<LostItemEntity> {
    assertText('how', how, 500);
    return this.change(id, 'dispose', caller, how.trim(), (item, now) => {
      const from = disposableFrom(item.category, item.foundAt);
      if (now < from)
        throw new DomainError(
          'LOST_ITEM.RETENTION_NOT_OVER',
          `${item.category} items are kept until ${from.toISOString()}; this one was found ${item.foundAt.toISOString()}`,
          { disposableFrom: from.toISOString() },
        );
    });
  }

  async get(id: string, caller: Caller): Promise<LostItemEntity> {
    const item = await this.deps.db.manager.findOneBy(LostItemEntity, { id });
    if (!item) throw notFound('LOST_ITEM.NOT_FOUND', 'Lost item', id);
    caller.assertProperty(item.propertyId);
    return item;
  }

  list(propertyId: string, caller: Caller, page: PageArgs, status?: LostItemStatus) {
    caller.assertProperty(propertyId);
    const qb = this.deps.db.manager.createQueryBuilder(LostItemEntity, 'i').where('i.propertyId = :propertyId', { propertyId });
    if (status) qb.andWhere('i.status = :status', { status });
    return paginate(qb, page, { sortProperty: 'foundAt', toParam: (v) => (v instanceof Date ? v.toISOString() : v) });
  }

  async historyOf(itemIds: readonly string[]): Promise<LostItemHistoryEntity[][]> {
    const rows = await this.deps.db.manager.find(LostItemHistoryEntity, {
      where: { itemId: In([...itemIds]) },
      order: { itemId: 'ASC', seq: 'ASC' },
    });
    return groupByIds(itemIds, rows, (h) => h.itemId);
  }

  /** One step through the kernel (lock → property → machine → effect → save), recorded in the item's history. */
  private change(
    id: string,
    action: LostItemAction,
    caller: Caller,
    note: string,
    edit: (item: LostItemEntity, now: Date) => void,
  ): Promise<LostItemEntity> {
    return transitionAggregate(this.deps, LOST_ITEM, id, action, caller, async (em, item, { to, at }) => {
      edit(item, at);
      item.version += 1;
      await em.insert(LostItemHistoryEntity, historyOf(item, to, at, caller, note));
    });
  }
}

function historyOf(item: LostItemEntity, status: LostItemStatus, at: Date, caller: Caller, note: string | null): LostItemHistoryEntity {
  return Object.assign(new LostItemHistoryEntity(), {
    id: randomUUID(),
    itemId: item.id,
    seq: item.version,
    status,
    at,
    actorId: caller.employeeId ?? null,
    note: note?.trim() || null,
  });
}
