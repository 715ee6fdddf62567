import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  DomainError,
  notFound,
  transitionWithin,
  type Caller,
  type EventMeta,
  type ServiceDeps,
  type StatefulKind,
} from '@hotelops/kernel';
import { LocationEntity } from '../location/location.entity';
import { nextDocumentNumber } from '../numbering/document-number';
import type { LedgerPoster } from '../stock/ledger-poster';
import { TransferEntity } from './transfer.entity';
import { TRANSFER_MACHINE, inTransit, type TransferStatus } from './transfer.rules';

export const TRANSFER: StatefulKind<TransferEntity, TransferStatus, 'receive'> = {
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
    for (const l of input.lines) {
      await this.poster.post(
        em,
        {
          kind: 'TRANSFER_OUT',
          itemId: l.itemId,
          locationId: from.id,
          quantity: l.quantity,
          documentId: id,
          reference: `${number} → ${to.code}`,
        },
        caller,
        meta,
      );
    }
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

  /** Second leg: everything in transit arrives at the receiving location. */
  receive(id: string, caller: Caller, meta: EventMeta): Promise<TransferEntity> {
    return this.deps.db.transaction((em) =>
      transitionWithin(em, this.deps, TRANSFER, id, 'receive', caller, async (em2, t) => {
        const to = await em2.findOneByOrFail(LocationEntity, { id: t.toLocationId });
        for (const l of t.lines) {
          const q = inTransit(l);
          if (q <= 0) continue;
          await this.poster.post(
            em2,
            { kind: 'TRANSFER_IN', itemId: l.itemId, locationId: to.id, quantity: q, documentId: t.id, reference: t.number },
            caller,
            meta,
          );
          l.received = l.quantity;
        }
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

  list(propertyId: string, caller: Caller, status?: TransferStatus) {
    caller.assertProperty(propertyId);
    return this.deps.db.manager.find(TransferEntity, {
      where: { propertyId, ...(status ? { status } : {}) },
      order: { createdAt: 'DESC' },
      take: 100,
    });
  }
}
