import { randomUUID } from 'node:crypto';
import { In, LessThanOrEqual, IsNull, Raw, type EntityManager } from 'typeorm';
import { Caller, DomainError, SYSTEM, lockForChange, notFound, transitionAggregate, type ServiceDeps } from '@hotelops/kernel';
import type { CorporateAccountService } from '../corporate/corporate-account.service';
import { PropertyEntity } from '../property/property.entity';
import { assertPropertyExists, propertiesToSweep } from '../property/property.service';
import type { RoomInventoryService } from '../room-inventory/room-inventory.service';
import { RoomTypeEntity } from '../room/room.entity';
import { BlockAllotmentEntity, GroupBlockEntity } from './group-block.entity';
import { BLOCK_MACHINE, holdsRooms, isReleaseDue, type BlockAction } from './group-block.rules';
import type { CreateGroupBlockInput } from './group-block.type';
import { addDays, localDate, nightsOf } from '../calendar/calendar.rules';

export const GROUP_BLOCK = {
  entity: GroupBlockEntity,
  notFound: 'GROUP_BLOCK.NOT_FOUND',
  noun: 'Group block',
  machine: BLOCK_MACHINE,
  invalidTransition: 'GROUP_BLOCK.INVALID_TRANSITION',
} as const;

/**
 * Group and conference blocks. A definite block takes its allotment out of general availability
 * (the same conditional UPDATE as a booking); bookings against it pick rooms up from the
 * allotment with a conditional UPDATE of their own; on the release date what was not picked up
 * returns to general availability.
 */
export class GroupBlockService {
  private readonly inventory: RoomInventoryService;
  private readonly corporateAccounts: CorporateAccountService;
  constructor(
    private readonly deps: ServiceDeps,
    { roomInventory, corporateAccounts }: { roomInventory: RoomInventoryService; corporateAccounts: CorporateAccountService },
  ) {
    this.inventory = roomInventory;
    this.corporateAccounts = corporateAccounts;
  }

  async create(input: CreateGroupBlockInput, caller: Caller): Promise<GroupBlockEntity> {
    caller.assertProperty(input.propertyId);
    const nights = nightsOf(input.arrival, input.departure);
    if (!nights.length || nights.length > 90)
      throw new DomainError('RESERVATION.INVALID_DATES', 'a block runs 1 to 90 nights', { arrival: input.arrival });
    if (input.releaseDate > input.arrival)
      throw new DomainError('INPUT.INVALID', 'releaseDate must be on or before arrival', { field: 'releaseDate' });
    return this.deps.db.transaction(async (em) => {
      await assertPropertyExists(em, input.propertyId);
      if (await em.existsBy(GroupBlockEntity, { propertyId: input.propertyId, code: input.code })) {
        throw new DomainError('GROUP_BLOCK.CODE_TAKEN', `Block ${input.code} already exists in this property`, { blockCode: input.code });
      }
      if (input.corporateAccountId) await this.corporateAccounts.ofProperty(em, input.corporateAccountId, input.propertyId);
      const types = await em.findBy(RoomTypeEntity, { id: In(input.allotments.map((a) => a.roomTypeId)), propertyId: input.propertyId });
      for (const a of input.allotments) {
        if (!types.some((t) => t.id === a.roomTypeId)) throw notFound('ROOM_TYPE.NOT_FOUND', 'Room type of this property', a.roomTypeId);
      }
      const block = await em.save(
        em.create(GroupBlockEntity, {
          id: randomUUID(),
          propertyId: input.propertyId,
          code: input.code,
          name: input.name,
          kind: input.kind,
          status: 'TENTATIVE',
          corporateAccountId: input.corporateAccountId ?? null,
          rateMinor: input.rateMinor,
          arrival: input.arrival,
          departure: input.departure,
          releaseDate: input.releaseDate,
          releasedAt: null,
          createdAt: this.deps.clock.now(),
        }),
      );
      await em.insert(
        BlockAllotmentEntity,
        input.allotments.flatMap((a) =>
          nights.map((stayDate) => ({ blockId: block.id, roomTypeId: a.roomTypeId, stayDate, allotted: a.rooms, pickedUp: 0 })),
        ),
      );
      return block;
    });
  }

  /** Tentative → definite: the allotment is taken from general availability now, or not at all. */
  makeDefinite(id: string, caller: Caller): Promise<GroupBlockEntity> {
    return this.transition(id, 'makeDefinite', caller, async (em, block) => {
      const allotments = await em.findBy(BlockAllotmentEntity, { blockId: block.id });
      for (const typeId of [...new Set(allotments.map((a) => a.roomTypeId))]) {
        const type = await em.findOneByOrFail(RoomTypeEntity, { id: typeId });
        for (const a of allotments.filter((x) => x.roomTypeId === typeId)) {
          await this.inventory.reserve(em, type, a.stayDate, addDays(a.stayDate, 1), a.allotted);
        }
      }
    });
  }

  /** Cancels the block; rooms it still holds (not picked up) return to general availability. */
  cancel(id: string, caller: Caller): Promise<GroupBlockEntity> {
    return this.transition(id, 'cancel', caller, async (em, block) => {
      if (holdsRooms(block)) await this.releaseUnpicked(em, block);
    });
  }

  /** The scheduled release: every definite block whose release date has come (property time). */
  async releaseDue(propertyId?: string, caller: Caller = new Caller(SYSTEM)): Promise<GroupBlockEntity[]> {
    if (propertyId) caller.assertProperty(propertyId);
    const em = this.deps.db.manager;
    const properties = await propertiesToSweep(em, propertyId);
    const released: GroupBlockEntity[] = [];
    for (const p of properties) {
      const today = localDate(this.deps.clock.now(), p.timeZone);
      const due = await em.findBy(GroupBlockEntity, {
        propertyId: p.id,
        status: 'DEFINITE',
        releasedAt: IsNull(),
        releaseDate: LessThanOrEqual(today),
      });
      for (const candidate of due) {
        const block = await this.deps.db.transaction(async (tx) => {
          const b = await lockForChange(tx, this.deps.db, GROUP_BLOCK, candidate.id, caller);
          if (!isReleaseDue(b, today)) return null; // released or cancelled meanwhile
          await this.releaseUnpicked(tx, b);
          return b;
        });
        if (block) released.push(block);
      }
    }
    return released;
  }

  /** Picks one room of the type up from the block for each night of [from, to), or refuses. */
  async pickUp(em: EntityManager, block: GroupBlockEntity, roomTypeId: string, from: string, to: string): Promise<void> {
    const nights = nightsOf(from, to).length;
    const result = await em
      .createQueryBuilder()
      .update(BlockAllotmentEntity)
      .set({ pickedUp: () => 'picked_up + 1' })
      .where('block_id = :b AND room_type_id = :t AND stay_date >= :from AND stay_date < :to AND picked_up < allotted', {
        b: block.id,
        t: roomTypeId,
        from,
        to,
      })
      .execute();
    if ((result.affected ?? 0) !== nights) {
      throw new DomainError(
        'GROUP_BLOCK.ALLOTMENT_EXHAUSTED',
        `Block ${block.code} has no room of this type left for every night from ${from} to ${to}`,
        {
          blockId: block.id,
          roomTypeId,
        },
      );
    }
  }

  /** Returns a picked-up room to the block's allotment (cancellation or change of a group booking). */
  async returnPickUp(em: EntityManager, blockId: string, roomTypeId: string, from: string, to: string): Promise<void> {
    await em
      .createQueryBuilder()
      .update(BlockAllotmentEntity)
      .set({ pickedUp: () => 'picked_up - 1' })
      .where('block_id = :b AND room_type_id = :t AND stay_date >= :from AND stay_date < :to AND picked_up > 0', {
        b: blockId,
        t: roomTypeId,
        from,
        to,
      })
      .execute();
  }

  /** A block of the property, for a booking or a routed folio. */
  async ofProperty(em: EntityManager, id: string, propertyId: string): Promise<GroupBlockEntity> {
    const block = await em.findOneBy(GroupBlockEntity, { id });
    if (!block || block.propertyId !== propertyId) throw notFound('GROUP_BLOCK.NOT_FOUND', 'Group block of this property', id);
    return block;
  }

  /** The block a booking names: of the property, and definite (only a definite block takes bookings). */
  async bookable(em: EntityManager, id: string, propertyId: string): Promise<GroupBlockEntity> {
    const block = await this.ofProperty(em, id, propertyId);
    if (block.status !== 'DEFINITE') {
      throw new DomainError('GROUP_BLOCK.NOT_BOOKABLE', `Block ${block.code} is ${block.status}; only a definite block takes bookings`, {
        blockId: id,
      });
    }
    return block;
  }

  /** A block of this property with the currency of its account (the property's), or null. */
  async findInProperty(em: EntityManager, id: string, propertyId: string): Promise<{ id: string; currency: string } | null> {
    const row = await em
      .createQueryBuilder(GroupBlockEntity, 'b')
      .innerJoin(PropertyEntity, 'p', 'p.id = b.property_id')
      .select(['b.id AS "id"', 'p.currency AS "currency"'])
      .where('b.id = :id AND b.property_id = :propertyId', { id, propertyId })
      .getRawOne<{ id: string; currency: string }>();
    return row ?? null;
  }

  async get(id: string, caller: Caller): Promise<GroupBlockEntity> {
    const b = await this.deps.db.manager.findOneBy(GroupBlockEntity, { id });
    if (!b) throw notFound('GROUP_BLOCK.NOT_FOUND', 'Group block', id);
    caller.assertProperty(b.propertyId);
    return b;
  }

  list(propertyId: string, caller: Caller) {
    caller.assertProperty(propertyId);
    return this.deps.db.manager.find(GroupBlockEntity, { where: { propertyId }, order: { arrival: 'ASC', code: 'ASC' } });
  }

  byIds(ids: readonly string[]) {
    return this.deps.db.manager.findBy(GroupBlockEntity, { id: In([...ids]) });
  }

  allotmentsOf(blockIds: readonly string[]) {
    return this.deps.db.manager.find(BlockAllotmentEntity, {
      where: { blockId: In([...blockIds]) },
      order: { roomTypeId: 'ASC', stayDate: 'ASC' },
    });
  }

  /** Unpicked rooms go back to general availability night by night; the allotment shrinks to the pickup. */
  private async releaseUnpicked(em: EntityManager, block: GroupBlockEntity): Promise<void> {
    const allotments = await em.find(BlockAllotmentEntity, {
      where: { blockId: block.id, allotted: Raw((c) => `${c} > picked_up`) },
      ...this.deps.db.forUpdate,
    });
    for (const a of allotments) {
      await this.inventory.release(
        em,
        { id: a.roomTypeId, propertyId: block.propertyId },
        a.stayDate,
        addDays(a.stayDate, 1),
        a.allotted - a.pickedUp,
      );
      await em.update(
        BlockAllotmentEntity,
        { blockId: a.blockId, roomTypeId: a.roomTypeId, stayDate: a.stayDate },
        { allotted: a.pickedUp },
      );
    }
    block.releasedAt = this.deps.clock.now();
    await em.save(block);
  }

  private transition(
    id: string,
    action: BlockAction,
    caller: Caller,
    effect: (em: EntityManager, block: GroupBlockEntity) => Promise<void>,
  ): Promise<GroupBlockEntity> {
    return transitionAggregate(this.deps, GROUP_BLOCK, id, action, caller, (em, block) => effect(em, block));
  }
}
