import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DomainError, notFound, type Caller, type ServiceDeps } from '@hotelops/kernel';
import { FolioEntity, FolioLineEntity } from './folio.entity';
import { balance, type FolioLineKind } from './folio.rules';

export interface PostLine {
  kind: FolioLineKind;
  /** When set (lines from other domains), the stay must belong to this property. */
  propertyId?: string;
  description: string;
  amountMinor: number;
  currency: string;
  sourceRef?: string;
}

export class FolioService {
  constructor(private readonly deps: ServiceDeps) {}

  /** Opens the folio of a new reservation (inside the reservation's transaction). */
  open(em: EntityManager, reservation: { id: string; propertyId: string; currency: string }): Promise<FolioEntity> {
    return em.save(
      em.create(FolioEntity, {
        id: randomUUID(),
        reservationId: reservation.id,
        propertyId: reservation.propertyId,
        currency: reservation.currency,
        status: 'OPEN',
        createdAt: this.deps.clock.now(),
      }),
    );
  }

  /**
   * Posts one line. With a sourceRef the post is idempotent: a second post of the same source
   * returns the existing line unchanged.
   */
  async post(em: EntityManager, reservationId: string, line: PostLine): Promise<FolioLineEntity> {
    const folio = await em.findOneBy(FolioEntity, { reservationId });
    if (!folio) throw notFound('FOLIO.NOT_FOUND', 'Folio of reservation', reservationId);
    if (line.propertyId && line.propertyId !== folio.propertyId) {
      throw new DomainError('FOLIO.PROPERTY_MISMATCH', `Reservation ${reservationId} belongs to another property than ${line.propertyId}`);
    }
    if (folio.status !== 'OPEN') throw new DomainError('FOLIO.CLOSED', `The folio of reservation ${reservationId} is closed`);
    if (line.currency !== folio.currency) {
      throw new DomainError('INPUT.INVALID', `Folio is in ${folio.currency}; cannot post ${line.currency}`, { field: 'currency' });
    }
    if (!Number.isInteger(line.amountMinor) || line.amountMinor <= 0) {
      throw new DomainError('INPUT.INVALID', 'amountMinor must be a positive integer', { field: 'amountMinor' });
    }
    if (line.sourceRef) {
      const existing = await em.findOneBy(FolioLineEntity, { sourceRef: line.sourceRef });
      if (existing) return existing;
    }
    return em.save(
      em.create(FolioLineEntity, {
        id: randomUUID(),
        folioId: folio.id,
        kind: line.kind,
        description: line.description,
        amountMinor: line.amountMinor,
        sourceRef: line.sourceRef ?? null,
        postedAt: this.deps.clock.now(),
      }),
    );
  }

  async postByCaller(reservationId: string, line: PostLine, caller: Caller): Promise<FolioLineEntity> {
    return this.deps.db.transaction(async (em) => {
      const folio = await em.findOneBy(FolioEntity, { reservationId });
      if (!folio) throw notFound('FOLIO.NOT_FOUND', 'Folio of reservation', reservationId);
      caller.assertProperty(folio.propertyId);
      return this.post(em, reservationId, line);
    });
  }

  async balanceOf(em: EntityManager, folioId: string): Promise<number> {
    return balance(await em.findBy(FolioLineEntity, { folioId }));
  }

  close(em: EntityManager, folio: FolioEntity): Promise<FolioEntity> {
    folio.status = 'CLOSED';
    return em.save(folio);
  }
}
