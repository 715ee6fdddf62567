import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DomainError, lockForChange, notFound, transitionAggregate, type Caller, type ServiceDeps } from '@hotelops/kernel';
import { BILL } from '../bill/bill.service';
import { BillEntity } from '../bill/bill.entity';
import { PaymentEntity } from '../till/payment.entity';
import { BILL_MACHINE } from '../bill/bill.rules';
import type { TenderMethod } from '../till/till.rules';
import { TableEntity } from '../floor/floor.entity';
import type { FloorService } from '../floor/floor.service';
import { OrderEntity, OrderLineEntity } from '../order/order.entity';
import { ORDER, type OrderService } from '../order/order.service';
import { MAX_AMOUNT_MINOR, ORDER_MACHINE, chargedAmount } from '../order/order.rules';
import type { TillService } from '../till/till.service';
import { AdjustmentEntity } from './adjustment.entity';
import { ADJUSTMENT_MACHINE, covers, discountAmount, percentOf, reasonProblem, type AdjustmentKind } from './adjustment.rules';

const ADJUSTMENT = {
  entity: AdjustmentEntity,
  notFound: 'ADJUSTMENT.NOT_FOUND',
  noun: 'Adjustment',
  machine: ADJUSTMENT_MACHINE,
  invalidTransition: 'ADJUSTMENT.INVALID_TRANSITION',
} as const;

type Target = {
  kind: AdjustmentKind;
  orderId?: string;
  lineId?: string | null;
  billId?: string;
  amountMinor: number;
  percent?: number | null;
  method?: TenderMethod;
};

/**
 * Voids, comps, discounts and refunds. Each carries a reason and is applied only with an approver
 * whose role covers its size: at once when the requester's own role does, else it waits (PENDING)
 * for a manager's approval. Every one is kept with who asked, who decided and why.
 */
export class AdjustmentService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly orders: OrderService,
    private readonly tills: TillService,
    private readonly floor: FloorService,
  ) {}

  requestVoid(orderId: string, lineId: string | null, reason: string, caller: Caller) {
    return this.request({ kind: 'VOID', orderId, lineId, amountMinor: 0 }, reason, caller);
  }

  requestComp(orderId: string, lineId: string, reason: string, caller: Caller) {
    return this.request({ kind: 'COMP', orderId, lineId, amountMinor: 0 }, reason, caller);
  }

  requestDiscount(billId: string, d: { percent?: number | null; amountMinor?: number | null }, reason: string, caller: Caller) {
    if ((d.percent == null) === (d.amountMinor == null))
      return Promise.reject(bad('give exactly one of percent or amountMinor', 'percent'));
    if (d.percent != null && !(d.percent > 0 && d.percent <= 100))
      return Promise.reject(bad(`percent must be above 0 and at most 100, got ${d.percent}`, 'percent'));
    if (d.amountMinor != null && !(Number.isInteger(d.amountMinor) && d.amountMinor > 0 && d.amountMinor <= MAX_AMOUNT_MINOR))
      return Promise.reject(bad(`amountMinor must be 1–${MAX_AMOUNT_MINOR}, got ${d.amountMinor}`, 'amountMinor'));
    return this.request({ kind: 'DISCOUNT', billId, amountMinor: d.amountMinor ?? 0, percent: d.percent ?? null }, reason, caller);
  }

  requestRefund(billId: string, amountMinor: number, method: TenderMethod, reason: string, caller: Caller) {
    if (!(Number.isInteger(amountMinor) && amountMinor > 0 && amountMinor <= MAX_AMOUNT_MINOR))
      return Promise.reject(bad(`amountMinor must be 1–${MAX_AMOUNT_MINOR}, got ${amountMinor}`, 'amountMinor'));
    if (method === 'ROOM_CHARGE') return Promise.reject(bad('a refund goes back in cash, by card or by mobile payment', 'method'));
    return this.request({ kind: 'REFUND', billId, amountMinor, method }, reason, caller);
  }

  approve(id: string, caller: Caller): Promise<AdjustmentEntity> {
    return transitionAggregate(this.deps, ADJUSTMENT, id, 'approve', caller, async (em, adj, change) => {
      this.assertCovers(adj, caller);
      await this.apply(em, adj, caller);
      Object.assign(adj, { decidedBy: caller.employeeId ?? null, decidedByRole: roleOf(caller), decidedAt: change.at });
    });
  }

  reject(id: string, caller: Caller): Promise<AdjustmentEntity> {
    return transitionAggregate(this.deps, ADJUSTMENT, id, 'reject', caller, async (_em, adj, change) => {
      Object.assign(adj, { decidedBy: caller.employeeId ?? null, decidedByRole: roleOf(caller), decidedAt: change.at });
    });
  }

  private async request(target: Target, reason: string, caller: Caller): Promise<AdjustmentEntity> {
    const why = reasonProblem(reason);
    if (why) throw bad(why, 'reason');
    return this.deps.db.transaction(async (em) => {
      const sized = await this.size(em, target, caller);
      const now = this.deps.clock.now();
      const till = target.kind === 'REFUND' ? await this.tills.openTillOf(em, caller, sized.outletId) : null;
      const adj = em.create(AdjustmentEntity, {
        id: randomUUID(),
        propertyId: sized.propertyId,
        outletId: sized.outletId,
        businessDate: sized.businessDate,
        kind: target.kind,
        status: 'PENDING',
        orderId: target.orderId ?? null,
        orderLineId: target.lineId ?? null,
        billId: target.billId ?? null,
        amountMinor: sized.amountMinor,
        percent: sized.percent,
        refundMethod: target.method ?? null,
        reason: reason.trim(),
        requestedBy: caller.employeeId ?? null,
        tillId: till?.id ?? null,
        decidedBy: null,
        decidedByRole: null,
        requestedAt: now,
        decidedAt: null,
        updatedAt: now,
      });
      if (covers(caller.claims.roles, adj)) {
        await this.apply(em, adj, caller);
        Object.assign(adj, { status: 'APPROVED', decidedBy: caller.employeeId ?? null, decidedByRole: roleOf(caller), decidedAt: now });
      }
      await em.insert(AdjustmentEntity, adj);
      return adj;
    });
  }

  /** Locks what the adjustment changes, checks it may change, and works out its amount. */
  private async size(em: EntityManager, t: Target, caller: Caller) {
    if (t.orderId) {
      const order = await lockForChange(em, this.deps.db, ORDER, t.orderId, caller);
      expect(ORDER_MACHINE.transition(order.status, t.lineId ? 'adjust' : 'void'), 'ORDER.INVALID_TRANSITION', `Order ${order.id}`);
      let amountMinor = order.totalMinor;
      if (t.lineId) {
        const line = await em.findOneBy(OrderLineEntity, { id: t.lineId, orderId: order.id });
        if (!line) throw notFound('ORDER.LINE_NOT_FOUND', `Line of order ${order.id}`, t.lineId);
        if (line.status !== 'ACTIVE')
          throw new DomainError('ADJUSTMENT.NOT_APPLICABLE', `The line is already ${line.status}`, { lineId: line.id });
        amountMinor = chargedAmount(line);
      }
      return { ...order, amountMinor, percent: null };
    }
    const bill = await lockForChange(em, this.deps.db, BILL, t.billId!, caller);
    expect(BILL_MACHINE.transition(bill.status, t.kind === 'REFUND' ? 'correct' : 'change'), 'BILL.INVALID_TRANSITION', `Bill ${bill.id}`);
    if (t.kind === 'REFUND') {
      const paid = await this.paidOn(em, bill.id);
      if (t.amountMinor > paid)
        throw new DomainError('BILL.REFUND_EXCEEDS_PAID', `Only ${paid} is left to refund on bill ${bill.id}`, { field: 'amountMinor' });
      return { ...bill, amountMinor: t.amountMinor, percent: null };
    }
    const base = bill.subtotalMinor - bill.discountMinor;
    const amountMinor = discountAmount(base, t);
    if (amountMinor <= 0)
      throw new DomainError('ADJUSTMENT.NOT_APPLICABLE', `Bill ${bill.id} has nothing left to discount`, { billId: bill.id });
    return { ...bill, amountMinor, percent: t.percent ?? Math.round(percentOf(amountMinor, bill.subtotalMinor) * 100) / 100 };
  }

  private assertCovers(adj: AdjustmentEntity, caller: Caller) {
    if (!covers(caller.claims.roles, adj)) {
      throw new DomainError(
        'ADJUSTMENT.OVER_LIMIT',
        `A ${adj.kind.toLowerCase()} of ${adj.amountMinor}${adj.percent != null ? ` (${adj.percent}%)` : ''} is above what your role may approve`,
        {
          kind: adj.kind,
          amountMinor: adj.amountMinor,
        },
      );
    }
  }

  /** Applies an approved adjustment to what it changes (inside the approval's transaction). */
  private async apply(em: EntityManager, adj: AdjustmentEntity, caller: Caller) {
    if (adj.kind === 'VOID' || adj.kind === 'COMP') return this.applyToOrder(em, adj, caller);
    const bill = await lockForChange(em, this.deps.db, BILL, adj.billId!, caller);
    if (adj.kind === 'DISCOUNT') {
      expect(BILL_MACHINE.transition(bill.status, 'change'), 'BILL.INVALID_TRANSITION', `Bill ${bill.id}`);
      bill.discountMinor = Math.min(bill.subtotalMinor, bill.discountMinor + adj.amountMinor);
      return void (await em.save(BillEntity, bill));
    }
    if (adj.amountMinor > (await this.paidOn(em, bill.id)))
      throw new DomainError('BILL.REFUND_EXCEEDS_PAID', `Bill ${bill.id} was already refunded`, { billId: bill.id });
    await em.insert(PaymentEntity, {
      id: randomUUID(),
      propertyId: bill.propertyId,
      outletId: bill.outletId,
      billId: bill.id,
      tillId: adj.tillId!,
      cashierId: adj.requestedBy,
      businessDate: adj.businessDate,
      kind: 'REFUND',
      method: adj.refundMethod!,
      amountMinor: adj.amountMinor,
      reservationId: null,
      postingStatus: 'NOT_APPLICABLE',
      reason: adj.reason,
      approvedBy: caller.employeeId ?? null,
      createdAt: this.deps.clock.now(),
    });
  }

  private async applyToOrder(em: EntityManager, adj: AdjustmentEntity, caller: Caller) {
    const order = await lockForChange(em, this.deps.db, ORDER, adj.orderId!, caller);
    const now = this.deps.clock.now();
    if (!adj.orderLineId) {
      expect(ORDER_MACHINE.transition(order.status, 'void'), 'ORDER.INVALID_TRANSITION', `Order ${order.id}`);
      Object.assign(order, { status: 'VOIDED', voidReason: adj.reason, voidedBy: adj.requestedBy, voidedAt: now, updatedAt: now });
      const table = order.tableId ? await em.findOneBy(TableEntity, { id: order.tableId }) : null;
      if (table?.orderId === order.id)
        await this.floor.move(em, table.id, 'leave', caller, { covers: 0, serverId: null, orderId: null, seatedAt: null });
    } else {
      expect(ORDER_MACHINE.transition(order.status, 'adjust'), 'ORDER.INVALID_TRANSITION', `Order ${order.id}`);
      await em.update(OrderLineEntity, { id: adj.orderLineId }, { status: adj.kind === 'VOID' ? 'VOIDED' : 'COMPED' });
      await this.orders.retotal(em, order);
      order.updatedAt = now;
    }
    await em.save(OrderEntity, order);
  }

  private async paidOn(em: EntityManager, billId: string): Promise<number> {
    const payments = await em.findBy(PaymentEntity, { billId });
    return payments.reduce((s, p) => s + (p.kind === 'PAYMENT' ? p.amountMinor : -p.amountMinor), 0);
  }

  async list(outletId: string, businessDate: string, caller: Caller, status?: string) {
    const rows = await this.deps.db.manager.find(AdjustmentEntity, {
      where: { outletId, businessDate, ...(status ? { status: status as never } : {}) },
      order: { requestedAt: 'ASC' },
    });
    rows.forEach((r) => caller.assertProperty(r.propertyId));
    return rows;
  }
}

function expect(
  r: { ok: boolean; from: string; reason?: string },
  code: 'ORDER.INVALID_TRANSITION' | 'BILL.INVALID_TRANSITION',
  what: string,
) {
  if (!r.ok) throw new DomainError(code, `${what}: ${r.reason}`, { status: r.from });
}

const bad = (message: string, field: string) => new DomainError('INPUT.INVALID', message, { field });

/** The role an approval was given under (the widest the caller holds). */
const roleOf = (caller: Caller) =>
  ['general-manager', 'fnb-manager', 'cashier', 'fnb-server'].find((r) => caller.claims.roles.includes(r)) ??
  caller.claims.roles[0] ??
  null;
