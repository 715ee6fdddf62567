import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { DomainError, notFound, type Caller, type ServiceDeps } from '@hotelops/kernel';
import { CorporateAccountEntity } from '../corporate/corporate-account.entity';
import { GroupBlockEntity } from '../group/group-block.entity';
import { AccountPostingEntity, FolioEntity, FolioLineEntity } from './folio.entity';
import { balance, type AccountKind, type FolioLineKind } from './folio.rules';

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

  /** Routes the folio's balance at check-out to a company or group account of the same property. */
  async route(reservationId: string, to: { kind: AccountKind; id: string } | null, caller: Caller): Promise<FolioEntity> {
    return this.deps.db.transaction(async (em) => {
      const folio = await em.findOne(FolioEntity, { where: { reservationId }, ...this.deps.db.forUpdate });
      if (!folio) throw notFound('FOLIO.NOT_FOUND', 'Folio of reservation', reservationId);
      caller.assertProperty(folio.propertyId);
      if (folio.status !== 'OPEN') throw new DomainError('FOLIO.CLOSED', `The folio of reservation ${reservationId} is closed`);
      if (to) {
        const account =
          to.kind === 'COMPANY'
            ? await em.findOneBy(CorporateAccountEntity, { id: to.id })
            : await em.findOneBy(GroupBlockEntity, { id: to.id });
        if (!account || account.propertyId !== folio.propertyId) {
          throw notFound(
            to.kind === 'COMPANY' ? 'CORPORATE_ACCOUNT.NOT_FOUND' : 'GROUP_BLOCK.NOT_FOUND',
            'Account of this property',
            to.id,
          );
        }
      }
      folio.routedToKind = to?.kind ?? null;
      folio.routedToId = to?.id ?? null;
      return em.save(folio);
    });
  }

  /**
   * At check-out: what the guest still owes moves to the routed account (once per stay, keyed by
   * the reservation) and the folio records the transfer, leaving it at zero. Returns the amount.
   */
  async transferToAccount(em: EntityManager, folio: FolioEntity, owed: number, label: string): Promise<number> {
    if (!folio.routedToKind || !folio.routedToId || owed <= 0) return 0;
    await em.save(
      em.create(AccountPostingEntity, {
        id: randomUUID(),
        propertyId: folio.propertyId,
        accountKind: folio.routedToKind,
        accountId: folio.routedToId,
        reservationId: folio.reservationId,
        description: label,
        amountMinor: owed,
        currency: folio.currency,
        sourceRef: `checkout:${folio.reservationId}`,
        postedAt: this.deps.clock.now(),
      }),
    );
    await this.post(em, folio.reservationId, {
      kind: 'PAYMENT',
      description: `Transferred to ${folio.routedToKind.toLowerCase()} account`,
      amountMinor: owed,
      currency: folio.currency,
      sourceRef: `routed:${folio.reservationId}`,
    });
    return owed;
  }

  postingsOf(kind: AccountKind, accountIds: readonly string[]) {
    return this.deps.db.manager.find(AccountPostingEntity, {
      where: { accountKind: kind, accountId: In([...accountIds]) },
      order: { postedAt: 'ASC' },
    });
  }

  close(em: EntityManager, folio: FolioEntity): Promise<FolioEntity> {
    folio.status = 'CLOSED';
    return em.save(folio);
  }
}
