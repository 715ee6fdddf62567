import type { EntityManager } from 'typeorm';
import { transitionWithin, type Caller, type ServiceDeps } from '@hotelops/kernel';
import type { Within } from '../channel/channel.service';
import type { ReservationEntity } from '../reservation/reservation.entity';
import type { ReservationAction } from '../reservation/reservation.rules';
import { RESERVATION, type ReservationService } from '../reservation/reservation.service';

/** How each status change is named in the stay's history. */
export const STATUS_ACTIONS: Record<ReservationAction, string> = {
  confirm: 'CONFIRMED',
  checkIn: 'CHECKED_IN',
  checkOut: 'CHECKED_OUT',
  cancel: 'CANCELLED',
  noShow: 'NO_SHOW',
};

/** What a status change did besides the status (fees, reasons): it goes into the history. */
export type StayEffect = (em: EntityManager, r: ReservationEntity) => Promise<Record<string, unknown> | void>;

/**
 * A stay's status changes: the kernel's lock → property → machine → effect → save, recorded in
 * the stay's history, in its own transaction or in the one a partner message holds. Locked: two
 * concurrent cancellations must not both give the nights back.
 */
export class StayTransitions {
  private readonly reservations: ReservationService;
  constructor(
    private readonly deps: ServiceDeps,
    { reservations }: { reservations: ReservationService },
  ) {
    this.reservations = reservations;
  }

  apply(id: string, action: ReservationAction, caller: Caller, effect: StayEffect, within?: Within): Promise<ReservationEntity> {
    return this.inTransaction(within, (em) =>
      transitionWithin(em, this.deps, RESERVATION, id, action, caller, async (em, r, { from, to }) => {
        const details = await effect(em, r);
        await this.reservations.recordHistory(em, r, STATUS_ACTIONS[action], caller, { from, to, ...details });
      }),
    );
  }

  /** `work` inside the enclosing transaction when there is one, else in its own. */
  inTransaction<T>(within: Within | undefined, work: (em: EntityManager) => Promise<T>): Promise<T> {
    return within ? work(within.em) : this.deps.db.transaction(work);
  }
}
