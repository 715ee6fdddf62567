import type { EntityManager } from 'typeorm';
import { ReservationCheckedIn, ReservationCheckedOut, ReservationRoomMoved } from '@hotelops/contracts';
import { DomainError, lockForChange, type Caller, type EventMeta, type ServiceDeps } from '@hotelops/kernel';
import type { FolioService } from '../folio/folio.service';
import type { GuestService } from '../guest/guest.service';
import { propertyToday } from '../property/property.service';
import type { ReservationEntity } from '../reservation/reservation.entity';
import { RESERVATION, type ReservationService } from '../reservation/reservation.service';
import type { RoomInventoryService } from '../room-inventory/room-inventory.service';
import type { RoomEntity } from '../room/room.entity';
import { ROOM, type RoomService } from '../room/room.service';
import type { EarlyDepartureService } from './early-departure.service';
import { stayFacts, stayTarget } from './stay-events';
import type { StayTransitions } from './stay-transitions';

export interface FrontDeskCollaborators {
  reservations: ReservationService;
  rooms: RoomService;
  roomInventory: RoomInventoryService;
  folios: FolioService;
  guests: GuestService;
  transitions: StayTransitions;
  earlyDepartures: EarlyDepartureService;
}

/** Arrival, room moves and departure at the front desk. */
export class FrontDeskService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly c: FrontDeskCollaborators,
  ) {}

  /** Assigns the requested room, or any vacant clean/inspected room of the booked type. */
  checkIn(id: string, roomId: string | undefined, caller: Caller, meta: EventMeta): Promise<ReservationEntity> {
    return this.c.transitions.apply(id, 'checkIn', caller, async (em, r) => {
      const { today } = await propertyToday(em, r.propertyId, this.deps);
      if (r.arrival > today) {
        throw new DomainError(
          'RESERVATION.CHECK_IN_TOO_EARLY',
          `Reservation ${r.confirmationNumber} arrives on ${r.arrival}; today is ${today} at the property`,
          { arrival: r.arrival },
        );
      }
      const room = await this.c.rooms.pickRoom(em, r, roomId, today);
      await this.c.rooms.changeStatus(em, room, { occupied: true }, `check-in ${r.confirmationNumber}`, meta);
      r.roomId = room.id;
      // The stay's room revenue is posted at check-in.
      if (r.totalMinor > 0) {
        await this.c.folios.post(em, r.id, {
          kind: 'CHARGE',
          description: `Room ${room.number}, ${r.arrival} to ${r.departure}`,
          amountMinor: r.totalMinor,
          currency: r.currency,
          sourceRef: `room:${r.id}`,
        });
      }
      const checkedInAt = this.deps.clock.now().toISOString();
      const facts = { ...stayFacts(r), roomId: room.id, roomNumber: room.number, checkedInAt };
      await this.deps.outbox.add(em, ReservationCheckedIn, facts, stayTarget(r), meta);
    });
  }

  /**
   * Moves an in-house guest to another vacant clean/inspected room. A room of another type takes
   * that type's inventory for the remaining nights (and gives the old type's back) at the same
   * price; the room left behind is vacant and dirty.
   */
  moveRoom(id: string, toRoomId: string, reason: string, caller: Caller, meta: EventMeta): Promise<ReservationEntity> {
    return this.deps.db.transaction(async (em) => {
      const r = await lockForChange(em, this.deps.db, RESERVATION, id, caller);
      if (r.status !== 'CHECKED_IN' || !r.roomId) {
        throw new DomainError(
          'RESERVATION.INVALID_TRANSITION',
          `Reservation ${r.confirmationNumber} is ${r.status}; only an in-house guest can move rooms`,
          { status: r.status },
        );
      }
      const target = await this.c.rooms.roomOfProperty(em, toRoomId, r.propertyId);
      if (target.id === r.roomId)
        throw new DomainError('ROOM.NOT_ASSIGNABLE', `The guest is already in room ${target.number}`, { roomId: target.id });
      const { today } = await propertyToday(em, r.propertyId, this.deps);
      if (target.roomTypeId !== r.roomTypeId) await this.moveNightsTo(em, r, target, today);
      const room = await this.c.rooms.pickRoom(em, { propertyId: r.propertyId, roomTypeId: target.roomTypeId }, target.id, today);
      const old = await lockForChange(em, this.deps.db, ROOM, r.roomId, caller);
      await this.c.rooms.changeStatus(em, old, { occupied: false, housekeepingStatus: 'DIRTY' }, `room move: ${reason}`, meta);
      await this.c.rooms.changeStatus(em, room, { occupied: true }, `room move: ${reason}`, meta);
      const details = { fromRoom: old.number, toRoom: room.number, fromRoomTypeId: r.roomTypeId, reason };
      await this.c.reservations.recordHistory(em, r, 'ROOM_MOVED', caller, details);
      const fromRoomId = r.roomId;
      r.roomId = room.id;
      r.roomTypeId = room.roomTypeId;
      r.updatedAt = this.deps.clock.now();
      const movedAt = r.updatedAt.toISOString();
      const facts = { ...stayFacts(r), fromRoomId, roomId: room.id, roomNumber: room.number, movedAt };
      await this.deps.outbox.add(em, ReservationRoomMoved, facts, stayTarget(r), meta);
      return em.save(r);
    });
  }

  /**
   * Before the booked departure, first the early departure (unused nights back on sale, the stay
   * re-priced); then requires a settled folio, closes it, frees the room (now dirty) and
   * announces the departure.
   */
  checkOut(id: string, caller: Caller, meta: EventMeta): Promise<ReservationEntity> {
    return this.c.transitions.apply(id, 'checkOut', caller, async (em, r) => {
      const { today } = await propertyToday(em, r.propertyId, this.deps);
      await this.c.earlyDepartures.shorten(em, r, today, caller, meta);
      const label = `Stay ${r.confirmationNumber} (${r.guestName}), ${r.arrival} to ${r.departure}`;
      const folio = await this.c.folios.closeForCheckOut(em, r.id, label, caller);
      const room = await lockForChange(em, this.deps.db, ROOM, r.roomId!, caller);
      await this.c.rooms.changeStatus(
        em,
        room,
        { occupied: false, housekeepingStatus: 'DIRTY' },
        `check-out ${r.confirmationNumber}`,
        meta,
      );
      if (r.guestId) await this.c.guests.afterStay(em, r.guestId);
      const checkedOutAt = this.deps.clock.now().toISOString();
      const folioTotal = { amountMinor: folio.chargesMinor, currency: folio.currency };
      const facts = { ...stayFacts(r), guestName: r.guestName, roomId: room.id, roomNumber: room.number, checkedOutAt, folioTotal };
      await this.deps.outbox.add(em, ReservationCheckedOut, facts, stayTarget(r), meta);
    });
  }

  /**
   * Records that an in-house guest leaves today, before the booked departure: the stay is
   * shortened and re-priced now, so the desk can settle the folio (or refund) before check-out.
   */
  departEarly(id: string, caller: Caller, meta: EventMeta): Promise<ReservationEntity> {
    return this.deps.db.transaction(async (em) => {
      const r = await lockForChange(em, this.deps.db, RESERVATION, id, caller);
      if (r.status !== 'CHECKED_IN') {
        throw new DomainError(
          'RESERVATION.INVALID_TRANSITION',
          `Reservation ${r.confirmationNumber} is ${r.status}; only an in-house guest departs early`,
          { status: r.status },
        );
      }
      const { today } = await propertyToday(em, r.propertyId, this.deps);
      if (!(await this.c.earlyDepartures.shorten(em, r, today, caller, meta))) {
        throw new DomainError(
          'RESERVATION.NOTHING_TO_CHANGE',
          `Reservation ${r.confirmationNumber} departs on ${r.departure}: no night is left to give back`,
          { departure: r.departure },
        );
      }
      return em.save(r);
    });
  }

  /** The remaining nights of an in-house stay move to the target room's type, at the same price. */
  private async moveNightsTo(em: EntityManager, r: ReservationEntity, target: RoomEntity, today: string): Promise<void> {
    if (r.groupBlockId) {
      throw new DomainError(
        'ROOM.NOT_ASSIGNABLE',
        `A group booking moves within its block's room type; room ${target.number} is of another type`,
        { roomId: target.id },
      );
    }
    const from = today > r.arrival ? today : r.arrival;
    if (from >= r.departure) return;
    const newType = (await this.c.rooms.typeForStay(em, target.roomTypeId))!;
    const oldType = { id: r.roomTypeId, propertyId: r.propertyId };
    await this.c.roomInventory.lockAll(em, [
      { type: oldType, from, to: r.departure },
      { type: newType, from, to: r.departure },
    ]);
    await this.c.roomInventory.release(em, oldType, from, r.departure);
    await this.c.roomInventory.reserve(em, newType, from, r.departure);
    await this.c.reservations.moveNights(em, r.id, from, newType.id);
  }
}
