import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { DomainError, groupByIds, insertRows, notFound, transitionWithin, type Caller, type ServiceDeps } from '@hotelops/kernel';
import { AccountPostingEntity, FolioEntity, FolioLineEntity } from './folio.entity';
import {
  FOLIO_MACHINE,
  RAISES_BALANCE,
  closedFolioAccepts,
  postingProblem,
  refundDueOf,
  type AccountKind,
  type AccountRef,
  type FolioLineKind,
  type FolioStatus,
} from './folio.rules';

export interface PostLine {
  kind: FolioLineKind;
  /** When set (lines from other domains), the stay must belong to this property. */
  propertyId?: string;
  description: string;
  amountMinor: number;
  currency: string;
  sourceRef?: string;
}

const FOLIO = {
  entity: FolioEntity,
  notFound: 'FOLIO.NOT_FOUND',
  noun: 'Folio',
  machine: FOLIO_MACHINE,
  invalidTransition: 'FOLIO.CLOSED',
} as const;

/** A stay's folio without its lines: what lists of stays show. */
export interface FolioSummary {
  id: string;
  reservationId: string;
  status: FolioStatus;
  routedToKind: AccountKind | null;
  currency: string;
  /** positive: the guest owes */
  balanceMinor: number;
}

/** What the guest owes, summed by the database over a folio's lines (`l`). */
const BALANCE_SQL = 'COALESCE(SUM(CASE WHEN l.kind IN (:...raises) THEN l.amount_minor ELSE -l.amount_minor END), 0)';

/** Where a stay's deposit payments are recorded: one source reference per payment. */
const depositRef = (reservationId: string, reference: string) => `deposit:${reservationId}:${reference}`;

/**
 * The guest's bill for one stay: lines, balance, deposits, and the transfer of what is owed at
 * check-out to a company or group account (known here only as an account reference).
 */
export class FolioService {
  constructor(private readonly deps: ServiceDeps) {}

  /** Opens the folio of a new reservation (inside the reservation's transaction). */
  async open(em: EntityManager, reservation: { id: string; propertyId: string; currency: string }): Promise<FolioEntity> {
    const folio = em.create(FolioEntity, {
      id: randomUUID(),
      reservationId: reservation.id,
      propertyId: reservation.propertyId,
      currency: reservation.currency,
      status: 'OPEN',
      routedToKind: null,
      routedToId: null,
      createdAt: this.deps.clock.now(),
    });
    await insertRows(em, FolioEntity, folio); // a new row: save would SELECT its id first
    return folio;
  }

  /**
   * Posts one line. With a sourceRef the post is idempotent: a second post of the same source
   * returns the existing line unchanged. A closed folio takes only what closedFolioAccepts().
   */
  async post(em: EntityManager, reservationId: string, line: PostLine): Promise<FolioLineEntity> {
    const folio = await em.findOneBy(FolioEntity, { reservationId });
    if (!folio) throw notFound('FOLIO.NOT_FOUND', 'Folio of reservation', reservationId);
    if (line.propertyId && line.propertyId !== folio.propertyId) {
      throw new DomainError('FOLIO.PROPERTY_MISMATCH', `Reservation ${reservationId} belongs to another property than ${line.propertyId}`);
    }
    if (folio.status !== 'OPEN' && !closedFolioAccepts(line.kind, false)) assertOpen(folio);
    return this.append(em, folio, line);
  }

  /**
   * A posting another domain asked for (its sourceRef names the record): the line, or why it
   * cannot land here — unknown stay, other property, other currency, a charge on a closed folio.
   * Nothing is written when there is a problem.
   */
  async postRequested(
    em: EntityManager,
    reservationId: string,
    request: PostLine & { propertyId: string; sourceRef: string },
  ): Promise<{ line: FolioLineEntity; folio: FolioEntity } | { problem: { code: string; reason: string } }> {
    const folio = await em.findOne(FolioEntity, { where: { reservationId }, ...this.deps.db.forUpdate });
    if (!folio) return { problem: { code: 'FOLIO.NOT_FOUND', reason: `no stay ${reservationId} is known to reservations` } };
    const problem = postingProblem(folio, request);
    if (problem) return { problem };
    const postStay = folio.status === 'CLOSED';
    const description = postStay ? `Post-stay adjustment: ${request.description}`.slice(0, 300) : request.description;
    return { line: await this.append(em, folio, { ...request, description }), folio };
  }

  /** Records a refund paid back to the guest, up to what the folio owes them (after a post-stay allowance). */
  async refund(em: EntityManager, folio: FolioEntity, amountMinor: number, reference: string): Promise<FolioLineEntity> {
    const sourceRef = `refund:${folio.reservationId}:${reference}`;
    const already = await em.findOneBy(FolioLineEntity, { sourceRef });
    if (already) return already;
    const due = refundDueOf(await this.balanceOf(em, folio.id));
    if (amountMinor > due) {
      throw new DomainError(
        'FOLIO.NO_REFUND_DUE',
        due === 0
          ? `Nothing is owed to the guest of reservation ${folio.reservationId}`
          : `At most ${due} ${folio.currency} minor units are owed to the guest; refund ${amountMinor} is more`,
        { refundDueMinor: due },
      );
    }
    return this.append(em, folio, {
      kind: 'REFUND',
      description: `Refund to guest (${reference})`,
      amountMinor,
      currency: folio.currency,
      sourceRef,
    });
  }

  private async append(em: EntityManager, folio: FolioEntity, line: PostLine): Promise<FolioLineEntity> {
    if (line.currency !== folio.currency) {
      throw new DomainError('FOLIO.CURRENCY_MISMATCH', `Folio is in ${folio.currency}; cannot post ${line.currency}`, {
        field: 'currency',
      });
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

  /** A refund paid at the desk, against the refund due of a stay's folio. */
  refundByCaller(reservationId: string, amountMinor: number, reference: string, caller: Caller) {
    return this.deps.db.transaction(async (em) => {
      const folio = await em.findOne(FolioEntity, { where: { reservationId }, ...this.deps.db.forUpdate });
      if (!folio) throw notFound('FOLIO.NOT_FOUND', 'Folio of reservation', reservationId);
      caller.assertProperty(folio.propertyId);
      return { line: await this.refund(em, folio, amountMinor, reference.trim()), currency: folio.currency };
    });
  }

  /** A charge made straight to a company or group account (not from a stay), once per sourceRef. */
  async postToAccount(
    em: EntityManager,
    account: AccountRef,
    charge: { propertyId: string; description: string; amount: { amountMinor: number; currency: string }; sourceRef: string },
  ): Promise<AccountPostingEntity> {
    const existing = await em.findOneBy(AccountPostingEntity, { sourceRef: charge.sourceRef });
    if (existing) return existing;
    return em.save(
      em.create(AccountPostingEntity, {
        id: randomUUID(),
        propertyId: charge.propertyId,
        accountKind: account.kind,
        accountId: account.id,
        reservationId: null,
        description: charge.description.slice(0, 300),
        amountMinor: charge.amount.amountMinor,
        currency: charge.amount.currency,
        sourceRef: charge.sourceRef,
        postedAt: this.deps.clock.now(),
      }),
    );
  }

  /** A charge or payment posted at the desk, in the folio's currency. */
  async postByCaller(
    reservationId: string,
    line: { kind: 'CHARGE' | 'PAYMENT'; description: string; amountMinor: number },
    caller: Caller,
  ): Promise<{ line: FolioLineEntity; currency: string }> {
    return this.deps.db.transaction(async (em) => {
      const folio = await em.findOneBy(FolioEntity, { reservationId });
      if (!folio) throw notFound('FOLIO.NOT_FOUND', 'Folio of reservation', reservationId);
      caller.assertProperty(folio.propertyId);
      return { line: await this.post(em, reservationId, { ...line, currency: folio.currency }), currency: folio.currency };
    });
  }

  /**
   * The folios of many stays with their balances, in one statement (a SUM per folio), in the
   * order of the reservation ids; null for a stay without one.
   */
  async summaries(reservationIds: readonly string[]): Promise<(FolioSummary | null)[]> {
    if (!reservationIds.length) return [];
    const rows = await this.deps.db.select<FolioSummary & { balanceMinor: string | number }>(
      `SELECT f.id AS "id", f.reservation_id AS "reservationId", f.status AS "status", f.routed_to_kind AS "routedToKind",
         f.currency AS "currency", ${BALANCE_SQL} AS "balanceMinor"
       FROM folios f LEFT JOIN folio_lines l ON l.folio_id = f.id
       WHERE f.reservation_id IN (:...ids)
       GROUP BY f.id, f.reservation_id, f.status, f.routed_to_kind, f.currency`,
      { ids: [...reservationIds], raises: RAISES_BALANCE },
    );
    const byStay = new Map(rows.map((r) => [r.reservationId, { ...r, balanceMinor: Number(r.balanceMinor) }]));
    return reservationIds.map((id) => byStay.get(id) ?? null);
  }

  /** Lines of many folios in one query, each folio's in posting order. */
  async linesOf(folioIds: readonly string[]): Promise<FolioLineEntity[][]> {
    const rows = await this.deps.db.manager.find(FolioLineEntity, {
      where: { folioId: In([...folioIds]) },
      order: { postedAt: 'ASC', id: 'ASC' },
    });
    return groupByIds(folioIds, rows, (l) => l.folioId);
  }

  /** Records a deposit payment once per payment reference; returns the deposits paid so far. */
  async recordDeposit(em: EntityManager, stay: { id: string; currency: string }, amountMinor: number, reference: string): Promise<number> {
    await this.post(em, stay.id, {
      kind: 'PAYMENT',
      description: `Deposit ${reference}`,
      amountMinor,
      currency: stay.currency,
      sourceRef: depositRef(stay.id, reference),
    });
    const row = await em
      .createQueryBuilder(FolioLineEntity, 'l')
      .innerJoin(FolioEntity, 'f', 'f.id = l.folio_id')
      .select('COALESCE(SUM(l.amount_minor), 0)', 'paid')
      .where('f.reservation_id = :id AND l.source_ref LIKE :prefix', { id: stay.id, prefix: depositRef(stay.id, '%') })
      .getRawOne<{ paid: string | number }>();
    return Number(row?.paid ?? 0);
  }

  /** Deposits received per reservation, in one query (the GraphQL field batches through this). */
  async depositsPaid(ids: readonly string[]): Promise<number[]> {
    const rows = await this.deps.db.manager
      .createQueryBuilder(FolioLineEntity, 'l')
      .innerJoin(FolioEntity, 'f', 'f.id = l.folio_id')
      .select('f.reservation_id', 'id')
      .addSelect('SUM(l.amount_minor)', 'paid')
      .where("f.reservation_id IN (:...ids) AND l.source_ref LIKE 'deposit:%'", { ids })
      .groupBy('f.reservation_id')
      .getRawMany<{ id: string; paid: string | number }>();
    const byId = new Map(rows.map((r) => [r.id, Number(r.paid)]));
    return ids.map((id) => byId.get(id) ?? 0);
  }

  /**
   * At check-out: what the guest still owes moves to the routed account, the balance must then
   * be zero, and the folio closes. Returns the stay's charges (room, extras, outlets).
   */
  async closeForCheckOut(
    em: EntityManager,
    reservationId: string,
    label: string,
    caller: Caller,
  ): Promise<{ chargesMinor: number; currency: string }> {
    const { id } = await em.findOneByOrFail(FolioEntity, { reservationId });
    let chargesMinor = 0;
    const folio = await transitionWithin(em, this.deps, FOLIO, id, 'close', caller, async (em, folio) => {
      const balance = await this.balanceOf(em, folio.id);
      const owed = balance - (await this.transferToAccount(em, folio, balance, label));
      if (owed !== 0) {
        throw new DomainError(
          'RESERVATION.FOLIO_NOT_SETTLED',
          `The folio has a balance of ${owed} ${folio.currency} minor units; settle it or route it to a company or group account before check-out`,
          { balanceMinor: owed },
        );
      }
      chargesMinor = await this.chargesOf(em, folio.id);
    });
    return { chargesMinor, currency: folio.currency };
  }

  /** The stay's open folio, locked for a change by the caller. */
  async lockOpen(em: EntityManager, reservationId: string, caller: Caller): Promise<FolioEntity> {
    const folio = await em.findOne(FolioEntity, { where: { reservationId }, ...this.deps.db.forUpdate });
    if (!folio) throw notFound('FOLIO.NOT_FOUND', 'Folio of reservation', reservationId);
    caller.assertProperty(folio.propertyId);
    assertOpen(folio);
    return folio;
  }

  /** Routes the balance at check-out to an account of the folio's property (null: back to the guest). */
  routeTo(em: EntityManager, folio: FolioEntity, account: AccountRef | null): Promise<FolioEntity> {
    folio.routedToKind = account?.kind ?? null;
    folio.routedToId = account?.id ?? null;
    return em.save(folio);
  }

  postingsOf(kind: AccountKind, accountIds: readonly string[]) {
    return this.deps.db.manager.find(AccountPostingEntity, {
      where: { accountKind: kind, accountId: In([...accountIds]) },
      order: { postedAt: 'ASC' },
    });
  }

  private async balanceOf(em: EntityManager, folioId: string): Promise<number> {
    const row = await em
      .createQueryBuilder(FolioLineEntity, 'l')
      .select(BALANCE_SQL, 'balance')
      .where('l.folio_id = :id', { id: folioId, raises: RAISES_BALANCE })
      .getRawOne<{ balance: string | number }>();
    return Number(row?.balance ?? 0);
  }

  private async chargesOf(em: EntityManager, folioId: string): Promise<number> {
    const row = await em
      .createQueryBuilder(FolioLineEntity, 'l')
      .select('COALESCE(SUM(l.amount_minor), 0)', 'total')
      .where('l.folio_id = :id AND l.kind = :charge', { id: folioId, charge: 'CHARGE' })
      .getRawOne<{ total: string | number }>();
    return Number(row?.total ?? 0);
  }

  /**
   * What the guest still owes moves to the routed account (once per stay, keyed by the
   * reservation) and the folio records the transfer as a payment. Returns the amount moved.
   */
  private async transferToAccount(em: EntityManager, folio: FolioEntity, owed: number, label: string): Promise<number> {
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
}

function assertOpen(folio: FolioEntity): void {
  if (folio.status !== 'OPEN') throw new DomainError('FOLIO.CLOSED', `The folio of reservation ${folio.reservationId} is closed`);
}
