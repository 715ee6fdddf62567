import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { RoomStatusChanged } from '@hotelops/contracts';
import {
  DomainError,
  EntityCache,
  lockForChange,
  notFound,
  paginate,
  type Caller,
  type EventMeta,
  type PageArgs,
  type ServiceDeps,
} from '@hotelops/kernel';
import { assertPropertyExists, propertyToday } from '../property/property.service';
import { RoomEntity, RoomOutageEntity, RoomTypeEntity } from './room.entity';
import { housekeepingChangeProblem, isAssignable, type HousekeepingStatus } from './room.rules';
import type { CreateRoomInput, CreateRoomTypeInput, RoomOutageInput } from './room.type';
import { nightsOf } from '../calendar/calendar.rules';

export const ROOM = { entity: RoomEntity, notFound: 'ROOM.NOT_FOUND', noun: 'Room' } as const;
export const ROOM_TYPE = { entity: RoomTypeEntity, notFound: 'ROOM_TYPE.NOT_FOUND', noun: 'Room type' } as const;

/** What a room changes on the nightly ledger (the room-inventory module keeps it). */
export interface RoomLedger {
  roomAdded(em: EntityManager, type: RoomTypeEntity, today: string): Promise<void>;
  outage(em: EntityManager, type: RoomTypeEntity, from: string, to: string, delta: 1 | -1, roomNumber: string): Promise<void>;
}

export class RoomService {
  private readonly ledger: RoomLedger;
  constructor(
    private readonly deps: ServiceDeps,
    { roomInventory }: { roomInventory: RoomLedger },
  ) {
    this.ledger = roomInventory;
  }

  async createRoomType(input: CreateRoomTypeInput, caller: Caller): Promise<RoomTypeEntity> {
    caller.assertProperty(input.propertyId);
    return this.deps.db.transaction(async (em) => {
      await assertPropertyExists(em, input.propertyId);
      if (await em.existsBy(RoomTypeEntity, { propertyId: input.propertyId, code: input.code })) {
        throw new DomainError('ROOM_TYPE.CODE_TAKEN', `Room type ${input.code} already exists in this property`, {
          roomTypeCode: input.code,
        });
      }
      return em.save(em.create(RoomTypeEntity, { id: randomUUID(), ...input, createdAt: this.deps.clock.now() }));
    });
  }

  async createRoom(input: CreateRoomInput, caller: Caller): Promise<RoomEntity> {
    return this.deps.db.transaction(async (em) => {
      // Locks the type: bookings read it shared while they create inventory rows from the room count.
      const type = await lockForChange(em, this.deps.db, ROOM_TYPE, input.roomTypeId, caller);
      if (await em.existsBy(RoomEntity, { propertyId: type.propertyId, number: input.number })) {
        throw new DomainError('ROOM.NUMBER_TAKEN', `Room ${input.number} already exists in this property`, { roomNumber: input.number });
      }
      const room = await em.save(
        em.create(RoomEntity, {
          id: randomUUID(),
          propertyId: type.propertyId,
          roomTypeId: type.id,
          number: input.number,
          floor: input.floor,
          features: input.features ?? [],
          housekeepingStatus: 'CLEAN',
          occupied: false,
          createdAt: this.deps.clock.now(),
        }),
      );
      // After the room is saved: nights not yet on the ledger count it from the rooms.
      await this.ledger.roomAdded(em, type, (await propertyToday(em, type.propertyId, this.deps)).today);
      return room;
    });
  }

  /** Records a housekeeping status change; only the valid transitions are accepted. */
  async setHousekeepingStatus(roomId: string, status: HousekeepingStatus, caller: Caller, meta: EventMeta): Promise<RoomEntity> {
    return this.deps.db.transaction(async (em) => {
      const room = await lockForChange(em, this.deps.db, ROOM, roomId, caller);
      const problem = housekeepingChangeProblem(room.housekeepingStatus, status);
      if (problem)
        throw new DomainError('ROOM.INVALID_STATUS_CHANGE', `Room ${room.number}: ${problem}`, { roomId, status: room.housekeepingStatus });
      return this.changeStatus(em, room, { housekeepingStatus: status }, null, meta);
    });
  }

  /** Applies a status/occupancy change to a (locked) room and announces it through the outbox. */
  async changeStatus(
    em: EntityManager,
    room: RoomEntity,
    change: { housekeepingStatus?: HousekeepingStatus; occupied?: boolean },
    reason: string | null,
    meta: EventMeta,
  ): Promise<RoomEntity> {
    const previous = room.housekeepingStatus;
    Object.assign(room, change);
    const saved = await em.save(room);
    // this replica reads its own write at once; the event below tells the others (and covers a read racing the commit)
    this.roomCache.invalidate(room.id);
    await this.deps.outbox.add(
      em,
      RoomStatusChanged,
      {
        roomId: room.id,
        propertyId: room.propertyId,
        roomNumber: room.number,
        housekeepingStatus: room.housekeepingStatus,
        occupied: room.occupied,
        previousHousekeepingStatus: previous,
        reason,
      },
      { subject: room.id, propertyId: room.propertyId },
      meta,
    );
    return saved;
  }

  /**
   * The room a guest of `stay` can be given now, locked: the one asked for if it qualifies, else
   * the first vacant clean/inspected room of the type (inspected first) that is not out of order
   * today. Concurrent check-ins skip each other's candidates instead of taking the same room.
   */
  async pickRoom(
    em: EntityManager,
    stay: { propertyId: string; roomTypeId: string },
    roomId: string | undefined,
    today: string,
  ): Promise<RoomEntity> {
    const outToday = (ids: string[]) =>
      ids.length
        ? em
            .createQueryBuilder(RoomOutageEntity, 'o')
            .where('o.room_id IN (:...ids) AND o.from_date <= :today AND o.until_date > :today', { ids, today })
            .getMany()
        : Promise.resolve([]);
    if (roomId) {
      const room = await em.findOne(RoomEntity, { where: { id: roomId }, ...this.deps.db.forUpdate });
      if (!room) throw notFound('ROOM.NOT_FOUND', 'Room', roomId);
      if (room.propertyId !== stay.propertyId || room.roomTypeId !== stay.roomTypeId) {
        throw new DomainError('ROOM.NOT_ASSIGNABLE', `Room ${room.number} is not of the booked room type`, { roomId: room.id });
      }
      if (!isAssignable(room)) {
        throw new DomainError('ROOM.NOT_ASSIGNABLE', `Room ${room.number} is ${room.occupied ? 'occupied' : room.housekeepingStatus}`, {
          roomId: room.id,
        });
      }
      const [outage] = await outToday([room.id]);
      if (outage) {
        throw new DomainError('ROOM.NOT_ASSIGNABLE', `Room ${room.number} is ${outage.kind} until ${outage.untilDate}: ${outage.reason}`, {
          roomId: room.id,
        });
      }
      return room;
    }
    const candidates = await em.find(RoomEntity, {
      where: { roomTypeId: stay.roomTypeId, occupied: false, housekeepingStatus: In(['CLEAN', 'INSPECTED']) },
      order: { housekeepingStatus: 'DESC', number: 'ASC' },
      take: 20,
      ...(this.deps.db.isPostgres ? { lock: { mode: 'pessimistic_write' as const, onLocked: 'skip_locked' as const } } : {}),
    });
    const out = new Set((await outToday(candidates.map((c) => c.id))).map((o) => o.roomId));
    const room = candidates.find((c) => !out.has(c.id));
    if (!room) throw new DomainError('ROOM.NOT_ASSIGNABLE', 'No vacant clean or inspected room of the booked type is available');
    return room;
  }

  /** Takes a room out of order/service for [from, returnDate): its type sells one room less on those nights. */
  async startOutage(input: RoomOutageInput, caller: Caller): Promise<RoomOutageEntity> {
    const nights = nightsOf(input.from, input.returnDate);
    if (!nights.length || nights.length > 366) {
      throw new DomainError('INPUT.INVALID', 'returnDate must be after from, at most 366 nights', { field: 'returnDate' });
    }
    return this.deps.db.transaction(async (em) => {
      const room = await em.findOneBy(RoomEntity, { id: input.roomId });
      if (!room) throw notFound('ROOM.NOT_FOUND', 'Room', input.roomId);
      caller.assertProperty(room.propertyId);
      const type = await em.findOneOrFail(RoomTypeEntity, { where: { id: room.roomTypeId }, ...this.deps.db.forUpdate });
      const overlapping = await em
        .createQueryBuilder(RoomOutageEntity, 'o')
        .where('o.room_id = :room AND o.from_date < :to AND o.until_date > :from', {
          room: room.id,
          from: input.from,
          to: input.returnDate,
        })
        .getExists();
      if (overlapping) {
        throw new DomainError(
          'ROOM.OUTAGE_OVERLAPS',
          `Room ${room.number} is already out of order or service between ${input.from} and ${input.returnDate}`,
          {
            roomId: room.id,
          },
        );
      }
      await this.ledger.outage(em, type, input.from, input.returnDate, 1, room.number);
      return em.save(
        em.create(RoomOutageEntity, {
          id: randomUUID(),
          propertyId: room.propertyId,
          roomId: room.id,
          roomTypeId: room.roomTypeId,
          kind: input.kind,
          reason: input.reason,
          fromDate: input.from,
          untilDate: input.returnDate,
          createdAt: this.deps.clock.now(),
        }),
      );
    });
  }

  /** Ends an outage early: the room is sellable again from the property's today (or the outage start). */
  async endOutage(outageId: string, caller: Caller): Promise<RoomOutageEntity> {
    return this.deps.db.transaction(async (em) => {
      const outage = await em.findOneBy(RoomOutageEntity, { id: outageId });
      if (!outage) throw notFound('ROOM.OUTAGE_NOT_FOUND', 'Room outage', outageId);
      caller.assertProperty(outage.propertyId);
      const type = await em.findOneOrFail(RoomTypeEntity, { where: { id: outage.roomTypeId }, ...this.deps.db.forUpdate });
      const { today } = await propertyToday(em, outage.propertyId, this.deps);
      const back = today > outage.fromDate ? today : outage.fromDate;
      if (back < outage.untilDate) {
        await this.ledger.outage(em, type, back, outage.untilDate, -1, '');
        outage.untilDate = back;
      }
      return em.save(outage);
    });
  }

  outagesOf(roomIds: readonly string[]) {
    return this.deps.db.manager.find(RoomOutageEntity, { where: { roomId: In([...roomIds]) }, order: { fromDate: 'ASC' } });
  }

  roomTypes(propertyId: string, caller: Caller) {
    caller.assertProperty(propertyId);
    return this.deps.db.manager.find(RoomTypeEntity, { where: { propertyId }, order: { code: 'ASC' } });
  }

  rooms(propertyId: string, caller: Caller, page: PageArgs, status?: HousekeepingStatus) {
    caller.assertProperty(propertyId);
    const qb = this.deps.db.manager.createQueryBuilder(RoomEntity, 'r').where('r.propertyId = :propertyId', { propertyId });
    if (status) qb.andWhere('r.housekeepingStatus = :status', { status });
    return paginate(qb, page, { sortProperty: 'number' });
  }

  /** A room of the property (a room move's target). */
  async roomOfProperty(em: EntityManager, id: string, propertyId: string): Promise<RoomEntity> {
    const room = await em.findOneBy(RoomEntity, { id });
    if (!room || room.propertyId !== propertyId) throw notFound('ROOM.NOT_FOUND', 'Room of this property', id);
    return room;
  }

  /**
   * The room type a stay is booked or moved into, read under a shared lock on PostgreSQL: adding
   * a room to the type (which locks it exclusively) waits until the stay's nights are counted.
   */
  async typeForStay(em: EntityManager, id: string): Promise<RoomTypeEntity | null> {
    const [type] = await this.deps.db.rows(RoomTypeEntity).where('id = :id', { id }, undefined, { em, lock: 'share' });
    return type ?? null;
  }

  /** Rooms read by id (the board's hot read); dropped when RoomStatusChanged arrives (app.ts). */
  readonly roomCache = new EntityCache<RoomEntity>('Room', (r) => r.id);
  /** Room types never change once created (no mutation or event changes one), so nothing drops them. */
  readonly roomTypeCache = new EntityCache<RoomTypeEntity>('RoomType', (t) => t.id);

  roomsByIds(ids: readonly string[]): Promise<RoomEntity[]> {
    return this.roomCache.byIds(ids, (missing) => this.deps.db.rows(RoomEntity).byIds(missing));
  }

  roomTypesByIds(ids: readonly string[]): Promise<RoomTypeEntity[]> {
    return this.roomTypeCache.byIds(ids, (missing) => this.deps.db.rows(RoomTypeEntity).byIds(missing));
  }
}
