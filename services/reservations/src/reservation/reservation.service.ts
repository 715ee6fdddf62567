import { randomUUID } from 'node:crypto';
import { In, Not, type EntityManager } from 'typeorm';
import { ReservationCancelled, ReservationCheckedIn, ReservationCheckedOut, ReservationCreated } from '@hotelops/contracts';
import { DomainError, notFound, paginate, type Caller, type EventMeta, type PageArgs, type ServiceDeps } from '@hotelops/kernel';
import { FolioEntity } from '../folio/folio.entity';
import { FolioService } from '../folio/folio.service';
import { PropertyEntity } from '../property/property.entity';
import { RoomEntity, RoomTypeEntity } from '../room/room.entity';
import { isAssignable } from '../room/room.rules';
import { ReservationEntity } from './reservation.entity';
import {
  HOLDS_INVENTORY,
  confirmationNumber,
  localDate,
  overlaps,
  stayPrice,
  transition,
  validateStay,
  type ReservationAction,
  type ReservationStatus,
} from './reservation.rules';
import type { CreateReservationInput } from './reservation.type';

export class ReservationService {
  private readonly folios: FolioService;
  constructor(private readonly deps: ServiceDeps) {
    this.folios = new FolioService(deps);
  }

  async create(input: CreateReservationInput, caller: Caller, meta: EventMeta): Promise<ReservationEntity> {
    return this.deps.db.transaction(async (em) => {
      const type = await em.findOneBy(RoomTypeEntity, { id: input.roomTypeId });
      if (!type) throw notFound('ROOM_TYPE.NOT_FOUND', 'Room type', input.roomTypeId);
      caller.assertProperty(type.propertyId);
      const property = await em.findOneByOrFail(PropertyEntity, { id: type.propertyId });
      const problem = validateStay(input.arrival, input.departure, localDate(this.deps.clock.now(), property.timeZone));
      if (problem) throw new DomainError('RESERVATION.INVALID_DATES', problem, { arrival: input.arrival, departure: input.departure });
      if (input.adults > type.capacity) {
        throw new DomainError('INPUT.INVALID', `${type.name} sleeps at most ${type.capacity}`, { field: 'adults' });
      }
      await this.assertAvailable(em, type, input.arrival, input.departure);
      const now = this.deps.clock.now();
      const r = await em.save(
        em.create(ReservationEntity, {
          id: randomUUID(),
          propertyId: type.propertyId,
          confirmationNumber: confirmationNumber(property.code),
          roomTypeId: type.id,
          roomId: null,
          status: input.confirmed === false ? 'TENTATIVE' : 'CONFIRMED',
          channel: input.channel,
          guestName: input.guestName,
          guestEmail: input.guestEmail ?? null,
          adults: input.adults,
          arrival: input.arrival,
          departure: input.departure,
          nightlyRateMinor: type.baseRateMinor,
          currency: property.currency,
          specialRequests: input.specialRequests ?? null,
          createdAt: now,
          updatedAt: now,
        }),
      );
      await this.folios.open(em, r);
      await this.deps.outbox.add(em, ReservationCreated, { ...this.stay(r), status: r.status, channel: r.channel }, target(r), meta);
      return r;
    });
  }

  confirm(id: string, caller: Caller, meta: EventMeta) {
    void meta; // confirmation is not a cross-domain fact yet
    return this.change(id, 'confirm', caller, async () => undefined);
  }

  cancel(id: string, reason: string | undefined, caller: Caller, meta: EventMeta) {
    return this.change(id, 'cancel', caller, async (em, r) => {
      await this.deps.outbox.add(
        em,
        ReservationCancelled,
        { ...this.stay(r), cancelledAt: this.deps.clock.now().toISOString(), reason: reason ?? null },
        target(r),
        meta,
      );
    });
  }

  /** Assigns the requested room, or any vacant clean/inspected room of the booked type. */
  checkIn(id: string, roomId: string | undefined, caller: Caller, meta: EventMeta) {
    return this.change(id, 'checkIn', caller, async (em, r) => {
      const room = roomId
        ? await em.findOneBy(RoomEntity, { id: roomId })
        : await em.findOne(RoomEntity, {
            where: { roomTypeId: r.roomTypeId, occupied: false, housekeepingStatus: In(['CLEAN', 'INSPECTED']) },
            order: { housekeepingStatus: 'DESC', number: 'ASC' },
          });
      if (!room) {
        if (roomId) throw notFound('ROOM.NOT_FOUND', 'Room', roomId);
        throw new DomainError('ROOM.NOT_ASSIGNABLE', 'No vacant clean or inspected room of the booked type is available');
      }
      if (room.propertyId !== r.propertyId || room.roomTypeId !== r.roomTypeId) {
        throw new DomainError('ROOM.NOT_ASSIGNABLE', `Room ${room.number} is not of the booked room type`, { roomId: room.id });
      }
      if (!isAssignable(room)) {
        throw new DomainError('ROOM.NOT_ASSIGNABLE', `Room ${room.number} is ${room.occupied ? 'occupied' : room.housekeepingStatus}`, {
          roomId: room.id,
        });
      }
      room.occupied = true;
      await em.save(room);
      r.roomId = room.id;
      // The stay's room revenue is posted at check-in (nightly audit posting comes with rate plans).
      if (ReservationService.roomRevenue(r) > 0)
        await this.folios.post(em, r.id, {
          kind: 'CHARGE',
          description: `Room ${room.number}, ${r.arrival} to ${r.departure}`,
          amountMinor: ReservationService.roomRevenue(r),
          currency: r.currency,
          sourceRef: `room:${r.id}`,
        });
      await this.deps.outbox.add(
        em,
        ReservationCheckedIn,
        { ...this.stay(r), roomId: room.id, roomNumber: room.number, checkedInAt: this.deps.clock.now().toISOString() },
        target(r),
        meta,
      );
    });
  }

  /** Requires a settled folio; closes it, frees the room (now dirty) and announces the departure. */
  checkOut(id: string, caller: Caller, meta: EventMeta) {
    return this.change(id, 'checkOut', caller, async (em, r) => {
      const folio = await em.findOneByOrFail(FolioEntity, { reservationId: r.id });
      const owed = await this.folios.balanceOf(em, folio.id);
      if (owed !== 0) {
        throw new DomainError(
          'RESERVATION.FOLIO_NOT_SETTLED',
          `The folio has a balance of ${owed} ${folio.currency} minor units; settle it before check-out`,
          {
            balanceMinor: owed,
          },
        );
      }
      const total = await em
        .createQueryBuilder()
        .select('COALESCE(SUM(l.amount_minor), 0)', 'total')
        .from('folio_lines', 'l')
        .where("l.folio_id = :id AND l.kind = 'CHARGE'", { id: folio.id })
        .getRawOne<{ total: string | number }>();
      await this.folios.close(em, folio);
      const room = await em.findOneByOrFail(RoomEntity, { id: r.roomId! });
      room.occupied = false;
      room.housekeepingStatus = 'DIRTY';
      await em.save(room);
      await this.deps.outbox.add(
        em,
        ReservationCheckedOut,
        {
          ...this.stay(r),
          roomId: room.id,
          roomNumber: room.number,
          checkedOutAt: this.deps.clock.now().toISOString(),
          folioTotal: { amountMinor: Number(total?.total ?? 0), currency: folio.currency },
        },
        target(r),
        meta,
      );
    });
  }

  async get(id: string, caller: Caller): Promise<ReservationEntity> {
    const r = await this.deps.db.manager.findOneBy(ReservationEntity, { id });
    if (!r) throw notFound('RESERVATION.NOT_FOUND', 'Reservation', id);
    caller.assertProperty(r.propertyId);
    return r;
  }

  list(propertyId: string, caller: Caller, page: PageArgs, filter: { status?: ReservationStatus; arrival?: string }) {
    caller.assertProperty(propertyId);
    const qb = this.deps.db.manager.createQueryBuilder(ReservationEntity, 'r').where('r.propertyId = :propertyId', { propertyId });
    if (filter.status) qb.andWhere('r.status = :status', { status: filter.status });
    if (filter.arrival) qb.andWhere('r.arrival = :arrival', { arrival: filter.arrival });
    return paginate(qb, page);
  }

  byIds(ids: readonly string[]) {
    return this.deps.db.manager.findBy(ReservationEntity, { id: In([...ids]) });
  }

  /** Load, check the transition, apply `effect`, save — one transaction. */
  private change(
    id: string,
    action: ReservationAction,
    caller: Caller,
    effect: (em: EntityManager, r: ReservationEntity) => Promise<void>,
  ): Promise<ReservationEntity> {
    return this.deps.db.transaction(async (em) => {
      const r = await em.findOneBy(ReservationEntity, { id });
      if (!r) throw notFound('RESERVATION.NOT_FOUND', 'Reservation', id);
      caller.assertProperty(r.propertyId);
      const next = transition(r.status, action);
      if (!next.ok)
        throw new DomainError('RESERVATION.INVALID_TRANSITION', `Reservation ${r.confirmationNumber}: ${next.reason}`, {
          status: r.status,
        });
      await effect(em, r);
      r.status = next.to;
      r.updatedAt = this.deps.clock.now();
      return em.save(r);
    });
  }

  /**
   * Rooms of the type in service minus stays holding inventory that share a night.
   * (Database-enforced inventory per type and date replaces this with the availability work.)
   */
  private async assertAvailable(em: EntityManager, type: RoomTypeEntity, arrival: string, departure: string): Promise<void> {
    const rooms = await em.countBy(RoomEntity, { roomTypeId: type.id, housekeepingStatus: Not('OUT_OF_ORDER') });
    const holding: { arrival: string; departure: string }[] = await em
      .createQueryBuilder(ReservationEntity, 'r')
      .select(['r.arrival', 'r.departure'])
      .where('r.roomTypeId = :type AND r.status IN (:...statuses)', { type: type.id, statuses: HOLDS_INVENTORY })
      .andWhere('r.arrival < :departure AND r.departure > :arrival', { arrival, departure })
      .getMany();
    // Peak occupancy over the requested nights, night by night.
    let peak = 0;
    for (let d = arrival; d < departure; d = nextDay(d)) {
      const night = { arrival: d, departure: nextDay(d) };
      peak = Math.max(peak, holding.filter((h) => overlaps(h, night)).length);
    }
    if (peak >= rooms) {
      throw new DomainError('RESERVATION.NO_AVAILABILITY', `No ${type.name} is available from ${arrival} to ${departure}`, {
        roomTypeId: type.id,
      });
    }
  }

  private stay(r: ReservationEntity) {
    return {
      reservationId: r.id,
      propertyId: r.propertyId,
      confirmationNumber: r.confirmationNumber,
      roomTypeId: r.roomTypeId,
      arrival: r.arrival,
      departure: r.departure,
      guestName: r.guestName,
    };
  }

  /** Total room revenue of the stay at its nightly rate. */
  static roomRevenue(r: ReservationEntity): number {
    return stayPrice(r.nightlyRateMinor, r.arrival, r.departure);
  }
}

const target = (r: ReservationEntity) => ({ subject: r.id, propertyId: r.propertyId });
const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
