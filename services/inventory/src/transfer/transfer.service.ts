import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { TransferReceivedShort, TransitLossWrittenOff } from '@hotelops/contracts';
import {
  DomainError,
  lockForChange,
  notFound,
  transitionWithin,
  type Caller,
  type EventMeta,
  type ServiceDeps,
  type StatefulKind,
} from '@hotelops/kernel';
import { LocationEntity } from '../location/location.entity';
import { nextDocumentNumber } from '../numbering/document-number';
import type { CurrencyService } from '../currency/currency.service';
import type { LedgerPoster } from '../stock/ledger-poster';
import { StockLedgerEntryEntity } from '../stock/stock.entity';
import { valueOf } from '../valuation/valuation.rules';
import { TransferEntity } from './transfer.entity';
import {
  TRANSFER_MACHINE,
  inTransit as inTransitOf,
  planArrival,
  transitLoss,
  type ArrivingLine,
  type TransferAction,
  type TransferStatus,
} from './transfer.rules';

export const TRANSFER: StatefulKind<TransferEntity, TransferStatus, TransferAction> = {
  entity: TransferEntity,
  notFound: 'TRANSFER.NOT_FOUND',
  noun: 'Transfer',
  machine: TRANSFER_MACHINE,
  invalidTransition: 'TRANSFER.INVALID_TRANSITION',
};

export interface NewTransfer {
  fromLocationId: string;
  toLocationId: string;
  lines: { itemId: string; quantity: number }[];
  requisitionId?: string | null;
}

/** Runs in a transfer's receiving transaction (a requisition learns it was delivered). */
export type ReceivedHook = (em: EntityManager, transfer: TransferEntity, caller: Caller, meta: EventMeta) => Promise<void>;

/** Two-leg transfers: TRANSFER_OUT when sent (the goods are in transit), TRANSFER_IN when received. */
export class TransferService {
  private readonly receivedHooks: ReceivedHook[] = [];
  constructor(
    private readonly deps: ServiceDeps,
    private readonly poster: LedgerPoster,
    private readonly currencies: CurrencyService,
  ) {}

  /** Registered by the composition: modules above transfers follow their arrival without a cycle. */
  whenReceived(hook: ReceivedHook): void {
    this.receivedHooks.push(hook);
  }

  send(input: NewTransfer, caller: Caller, meta: EventMeta): Promise<TransferEntity> {
    return this.deps.db.transaction((em) => this.sendWithin(em, input, caller, meta));
  }

  async sendWithin(em: EntityManager, input: NewTransfer, caller: Caller, meta: EventMeta): Promise<TransferEntity> {
    if (input.fromLocationId === input.toLocationId) {
      throw new DomainError('STOCK.SAME_LOCATION', 'A transfer goes between two different locations', { field: 'toLocationId' });
    }
    if (!input.lines.length) throw new DomainError('INPUT.INVALID', 'A transfer needs at least one line', { field: 'lines' });
    if (new Set(input.lines.map((l) => l.itemId)).size !== input.lines.length) {
      throw new DomainError('INPUT.INVALID', 'Each item appears once per transfer', { field: 'lines' });
    }
    const from = await em.findOneBy(LocationEntity, { id: input.fromLocationId });
    if (!from) throw notFound('LOCATION.NOT_FOUND', 'Location', input.fromLocationId);
    caller.assertProperty(from.propertyId);
    const to = await em.findOneBy(LocationEntity, { id: input.toLocationId, propertyId: from.propertyId });
    if (!to) throw notFound('LOCATION.NOT_FOUND', 'Location', input.toLocationId);
    const id = randomUUID();
    const number = await nextDocumentNumber(em, from.propertyId, 'TR');
    await this.poster.postMany(
      em,
      input.lines.map((l) => ({
        kind: 'TRANSFER_OUT' as const,
        itemId: l.itemId,
        locationId: from.id,
        quantity: l.quantity,
        documentId: id,
        reference: `${number} → ${to.code}`,
      })),
      caller,
      meta,
    );
    const now = this.deps.clock.now();
    const transfer = em.create(TransferEntity, {
      id,
      propertyId: from.propertyId,
      number,
      fromLocationId: from.id,
      toLocationId: to.id,
      status: 'IN_TRANSIT',
      requisitionId: input.requisitionId ?? null,
      lines: input.lines.map((l) => ({ itemId: l.itemId, quantity: l.quantity, received: 0 })),
      createdBy: caller.employeeId ?? null,
      createdAt: now,
      updatedAt: now,
    });
    await em.insert(TransferEntity, transfer);
    return transfer;
  }

  /**
   * Second leg: what arrives goes into the receiving location (TRANSFER_IN). Without lines
   * everything in transit arrives; a short line keeps the rest in transit (PARTLY_RECEIVED,
   * TransferReceivedShort) until a later receipt or a transit-loss write-off.
   */
  receive(id: string, arriving: ArrivingLine[] | undefined, caller: Caller, meta: EventMeta): Promise<TransferEntity> {
    return this.deps.db.transaction(async (em) => {
      const current = await lockForChange(em, this.deps.db, TRANSFER, id, caller);
      const plan = planArrival(current.lines, arriving);
      if (!plan.ok) throw new DomainError(plan.code, `${current.number}: ${plan.message}`, { itemId: plan.itemId, field: 'lines' });
      return transitionWithin(em, this.deps, TRANSFER, id, plan.complete ? 'receive' : 'receivePart', caller, async (em2, t, change) => {
        await this.poster.postMany(
          em2,
          plan.arrived.map((a) => ({
            kind: 'TRANSFER_IN' as const,
            itemId: a.itemId,
            locationId: t.toLocationId,
            quantity: a.quantity,
            documentId: t.id,
            reference: t.number,
          })),
          caller,
          meta,
        );
        t.lines = plan.lines;
        if (plan.short.length) {
          await this.deps.outbox.add(
            em2,
            TransferReceivedShort,
            {
              ...this.ref(t),
              lines: plan.short.map((l) => ({
                itemId: l.itemId,
                sent: l.quantity,
                received: l.received,
                inTransit: inTransitOf(l),
                reason: l.shortReason ?? null,
              })),
              receivedAt: change.at.toISOString(),
            },
            { subject: t.id, propertyId: t.propertyId },
            meta,
          );
        }
        if (plan.complete) for (const hook of this.receivedHooks) await hook(em2, t, caller, meta);
      });
    });
  }

  /**
   * What never arrived of a partly received transfer is written off as transit loss (a
   * manager's approval), valued at what it cost when it left: TransitLossWrittenOff, and a
   * waiting requisition learns what it finally got.
   */
  writeOffTransitLoss(id: string, reason: string, caller: Caller, meta: EventMeta): Promise<TransferEntity> {
    return this.deps.db.transaction((em) =>
      transitionWithin(em, this.deps, TRANSFER, id, 'writeOffLoss', caller, async (em2, t, change) => {
        const { lines, lost } = transitLoss(t.lines);
        t.lines = lines;
        const costs = await this.sentCosts(em2, t.id);
        const currency = await this.currencies.of(em2, t.propertyId);
        const valued = lost.map((l) => ({ ...l, value: { amountMinor: valueOf(l.quantity, costs.get(l.itemId) ?? 0), currency } }));
        await this.deps.outbox.add(
          em2,
          TransitLossWrittenOff,
          {
            ...this.ref(t),
            lines: valued,
            value: { amountMinor: valued.reduce((s, l) => s + l.value.amountMinor, 0), currency },
            reason,
            approvedBy: caller.employeeId ?? null,
            writtenOffAt: change.at.toISOString(),
          },
          { subject: t.id, propertyId: t.propertyId },
          meta,
        );
        for (const hook of this.receivedHooks) await hook(em2, t, caller, meta);
      }),
    );
  }

  async get(id: string, caller: Caller) {
    const t = await this.deps.db.manager.findOneBy(TransferEntity, { id });
    if (!t) throw notFound('TRANSFER.NOT_FOUND', 'Transfer', id);
    caller.assertProperty(t.propertyId);
    return t;
  }

  private ref(t: TransferEntity) {
    return { transferId: t.id, propertyId: t.propertyId, number: t.number, fromLocationId: t.fromLocationId, toLocationId: t.toLocationId };
  }

  /** Unit cost per item of the transfer's out-leg (what the goods were worth when they left). */
  private async sentCosts(em: EntityManager, transferId: string): Promise<Map<string, number>> {
    const out = await em.findBy(StockLedgerEntryEntity, { documentId: transferId, kind: 'TRANSFER_OUT' });
    return new Map(out.map((e) => [e.itemId, e.unitCost ?? 0]));
  }

  list(propertyId: string, caller: Caller, status?: TransferStatus) {
    caller.assertProperty(propertyId);
    return this.deps.db.manager.find(TransferEntity, {
      where: { propertyId, ...(status ? { status } : {}) },
      order: { createdAt: 'DESC' },
      take: 100,
    });
  }
}
