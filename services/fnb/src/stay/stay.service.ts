import type { EntityManager } from 'typeorm';
import { DomainError } from '@hotelops/kernel';
import { StayEntity } from './stay.entity';
import { isNewer, roomChargeProblem, type StayStatus } from './stay.rules';

export interface StayFact {
  reservationId: string;
  propertyId: string;
  roomNumber: string | null;
  status: StayStatus;
  at: string;
}

/** The in-house projection: kept from reservations' events, asked before a room charge is accepted. */
export class StayService {
  /** Applies one fact unless a later one is already recorded (events may arrive out of order). */
  async record(em: EntityManager, fact: StayFact): Promise<void> {
    const stay = await em.findOneBy(StayEntity, { reservationId: fact.reservationId });
    if (stay && !isNewer(fact.at, stay.changedAt.toISOString())) return;
    await em.save(
      em.create(StayEntity, {
        reservationId: fact.reservationId,
        propertyId: fact.propertyId,
        status: fact.status,
        roomNumber: fact.roomNumber ?? stay?.roomNumber ?? null,
        changedAt: new Date(fact.at),
      }),
    );
  }

  /** Refuses at once a room charge or room-service order for a stay that is not in house. */
  async assertInHouse(em: EntityManager, reservationId: string, propertyId: string): Promise<StayEntity> {
    const stay = await em.findOneBy(StayEntity, { reservationId });
    const problem = roomChargeProblem(stay, propertyId);
    if (problem) {
      throw new DomainError('BILL.STAY_NOT_IN_HOUSE', `Cannot charge reservation ${reservationId} to its room: ${problem}`, {
        reservationId,
        stayStatus: stay?.status ?? null,
      });
    }
    return stay!;
  }
}
