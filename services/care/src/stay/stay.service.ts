import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@hotelops/kernel';
import { DomainError } from '@hotelops/kernel';
import { KnownStayEntity } from './stay.entity';
import { currencyProblem, linkProblem, type KnownStay, type StayStatus } from './stay.rules';

/** The fields every reservations stay event carries (contracts' stay shape). */
interface StayFacts {
  reservationId: string;
  propertyId: string;
  arrival: string;
  departure: string;
  guestId?: string | null;
  currency?: string;
}

/**
 * Care's view of stays, fed by reservations' events: lets a case or a compensation that points
 * at an unknown stay, another property's stay, or a folio in another currency be refused at once.
 */
export class StayDirectoryService {
  /** Applies one stay event; a fact older than what is known changes nothing. */
  async record(em: EntityManager, event: EventEnvelope<StayFacts>, status: StayStatus): Promise<void> {
    const s = event.data;
    const asOf = new Date(event.time);
    const known = await em.findOneBy(KnownStayEntity, { reservationId: s.reservationId });
    if (known && known.asOf > asOf) return;
    await em.save(
      em.create(KnownStayEntity, {
        reservationId: s.reservationId,
        propertyId: s.propertyId,
        guestId: s.guestId ?? known?.guestId ?? null,
        currency: s.currency ?? known?.currency ?? null,
        status,
        arrival: s.arrival,
        departure: s.departure,
        asOf,
      }),
    );
  }

  find(em: EntityManager, reservationId: string): Promise<KnownStay | null> {
    return em.findOneBy(KnownStayEntity, { reservationId });
  }

  /** The stay a case of `propertyId` links to; refused when unknown or of another property. */
  async linkable(em: EntityManager, reservationId: string, propertyId: string): Promise<KnownStay> {
    const stay = await this.find(em, reservationId);
    const problem = linkProblem(stay, reservationId, propertyId);
    if (problem) throw new DomainError(problem.code, problem.message, { reservationId });
    return stay!;
  }

  /** The stay compensation in `currency` is credited to; refused when its folio is in another currency. */
  async creditable(em: EntityManager, reservationId: string, propertyId: string, currency: string): Promise<KnownStay> {
    const stay = await this.linkable(em, reservationId, propertyId);
    const problem = currencyProblem(stay, currency);
    if (problem) throw new DomainError(problem.code, problem.message, { reservationId, currency: stay.currency });
    return stay;
  }
}
