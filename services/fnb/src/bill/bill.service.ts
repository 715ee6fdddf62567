import { randomUUID } from 'node:crypto';
import { In, Not, type EntityManager } from 'typeorm';
import { BillChargedToRoom } from '@hotelops/contracts';
import { DomainError, lockForChange, notFound, transitionAggregate, type Caller, type EventMeta, type ServiceDeps } from '@hotelops/kernel';
import { TableEntity } from '../floor/floor.entity';
import type { FloorService } from '../floor/floor.service';
import { OrderEntity, OrderLineEntity } from '../order/order.entity';
import { ORDER, type OrderService } from '../order/order.service';
import { ORDER_MACHINE, chargedAmount } from '../order/order.rules';
import { OutletEntity } from '../outlet/outlet.entity';
import type { RecipeService } from '../recipe/recipe.service';
import type { StayService } from '../stay/stay.service';
import type { TillService } from '../till/till.service';
import { PaymentEntity } from '../till/payment.entity';
import { BillEntity, BillLineEntity } from './bill.entity';
import { BILL_MACHINE, split, tendersProblem, type BillAction, type BillDraft, type SplitRequest, type Tender } from './bill.rules';

export const BILL = {
  entity: BillEntity,
  notFound: 'BILL.NOT_FOUND',
  noun: 'Bill',
  machine: BILL_MACHINE,
  invalidTransition: 'BILL.INVALID_TRANSITION',
} as const;

/** Bills: split from an order, merged, settled with tenders against the cashier's till. */
export class BillService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly orders: OrderService,
    private readonly tills: TillService,
    private readonly stays: StayService,
    private readonly floor: FloorService,
    private readonly recipes: RecipeService,
  ) {}

  /** Bills an order whole or split by item, by seat or equally; the order is frozen from here on. */
  async createBills(orderId: string, req: SplitRequest, caller: Caller): Promise<BillEntity[]> {
    let bills: BillEntity[] = [];
    await this.orders.change(orderId, 'bill', caller, async (em, order) => {
      const lines = await this.orders.lines(em, order.id);
      if (await this.pendingAdjustments(em, order.id)) {
        throw new DomainError('ORDER.PENDING_APPROVAL', `Order ${order.id} has a void or comp waiting for approval`, { orderId: order.id });
      }
      if (lines.some((l) => l.status === 'ACTIVE' && !l.firedAt)) {
        throw new DomainError('ORDER.UNFIRED_LINES', `Order ${order.id}: fire or void every line before billing`, { status: order.status });
      }
      const billable = lines.filter((l) => l.status === 'ACTIVE').map((l) => ({ id: l.id, seat: l.seat, amountMinor: chargedAmount(l) }));
      const drafts = split(billable, req);
      if (typeof drafts === 'string') throw new DomainError('BILL.SPLIT_INVALID', `Order ${order.id}: ${drafts}`, { mode: req.mode });
      const names = new Map(lines.map((l) => [l.id, `${l.quantity} × ${l.name}`]));
      bills = [];
      for (const draft of drafts) bills.push(await this.insertBill(em, order, draft.lines, names));
      const table = order.tableId ? await em.findOneBy(TableEntity, { id: order.tableId }) : null;
      if (table?.status === 'ORDERED' && table.orderId === order.id) await this.floor.move(em, table.id, 'requestBill', caller);
    });
    return bills;
  }

  private async insertBill(em: EntityManager, order: OrderEntity, lines: BillDraft['lines'], names: Map<string, string>) {
    const now = this.deps.clock.now();
    const bill = em.create(BillEntity, {
      id: randomUUID(),
      propertyId: order.propertyId,
      outletId: order.outletId,
      orderId: order.id,
      businessDate: order.businessDate,
      status: 'OPEN',
      currency: order.currency,
      subtotalMinor: lines.reduce((s, l) => s + l.amountMinor, 0),
      discountMinor: 0,
      tipMinor: 0,
      openBalanceMinor: 0,
      openBalanceReason: null,
      mergedIntoId: null,
      settledBy: null,
      settledAt: null,
      createdAt: now,
      updatedAt: now,
    });
    await em.insert(BillEntity, bill);
    await em.insert(
      BillLineEntity,
      lines.map((l) => ({
        id: randomUUID(),
        billId: bill.id,
        orderId: order.id,
        orderLineId: l.orderLineId,
        description: l.orderLineId ? names.get(l.orderLineId)! : `Share ${l.share} of the order`,
        seat: l.seat,
        amountMinor: l.amountMinor,
      })),
    );
    return bill;
  }

  /** Moves every line of `sourceId` onto `targetId` (two tables paying together); the source is MERGED. */
  merge(targetId: string, sourceId: string, caller: Caller): Promise<BillEntity> {
    return this.change(targetId, 'change', caller, async (em, target) => {
      if (sourceId === targetId) throw notFound('BILL.NOT_FOUND', 'Another bill', sourceId);
      const source = await lockForChange(em, this.deps.db, BILL, sourceId, caller);
      if (source.outletId !== target.outletId) throw notFound('BILL.NOT_FOUND', 'Bill of the same outlet', sourceId);
      const next = BILL_MACHINE.transition(source.status, 'merge');
      if (!next.ok) throw new DomainError('BILL.INVALID_TRANSITION', `Bill ${source.id}: ${next.reason}`, { status: source.status });
      Object.assign(source, { status: next.to, mergedIntoId: target.id, updatedAt: this.deps.clock.now() });
      await em.save(BillEntity, source);
      await em.update(BillLineEntity, { billId: source.id }, { billId: target.id });
      target.subtotalMinor += source.subtotalMinor;
      target.discountMinor += source.discountMinor;
    });
  }

  /**
   * Settles a bill with one or more tenders against the caller's open till, in one transaction
   * under the bill's row lock: of two cashiers settling at once, the second finds it SETTLED.
   * A room charge is accepted only for a stay in house now; its order settles with its last bill.
   */
  settle(billId: string, tenders: Tender[], tipMinor: number, caller: Caller, meta: EventMeta): Promise<BillEntity> {
    return this.change(billId, 'settle', caller, async (em, bill, at) => {
      const problem = tendersProblem(bill.subtotalMinor - bill.discountMinor, tipMinor, tenders);
      if (problem) throw new DomainError('BILL.TENDER_MISMATCH', `Bill ${bill.id}: ${problem}`, { field: 'tenders' });
      await this.takePayments(em, bill, tenders, caller, meta);
      Object.assign(bill, { tipMinor, settledBy: caller.employeeId ?? null, settledAt: at });
      await this.settleOrdersOf(em, bill, caller, meta, at);
    });
  }

  /** Collects what the folio refused (an open balance) on a settled bill. */
  settleOpenBalance(billId: string, tenders: Tender[], caller: Caller, meta: EventMeta): Promise<BillEntity> {
    return this.change(billId, 'correct', caller, async (em, bill) => {
      if (bill.openBalanceMinor <= 0) throw new DomainError('BILL.NO_OPEN_BALANCE', `Bill ${bill.id} has no open balance`, { billId });
      const problem = tendersProblem(bill.openBalanceMinor, 0, tenders);
      if (problem) throw new DomainError('BILL.TENDER_MISMATCH', `Bill ${bill.id}: ${problem}`, { field: 'tenders' });
      await this.takePayments(em, bill, tenders, caller, meta);
      bill.openBalanceMinor = 0;
    });
  }

  private async takePayments(em: EntityManager, bill: BillEntity, tenders: Tender[], caller: Caller, meta: EventMeta) {
    const till = await this.tills.openTillOf(em, caller, bill.outletId);
    const outlet = await em.findOneByOrFail(OutletEntity, { id: bill.outletId });
    for (const t of tenders) {
      if (t.method === 'ROOM_CHARGE') await this.stays.assertInHouse(em, t.reservationId!, bill.propertyId);
      await em.insert(PaymentEntity, {
        id: randomUUID(),
        propertyId: bill.propertyId,
        outletId: bill.outletId,
        billId: bill.id,
        tillId: till.id,
        cashierId: caller.employeeId ?? null,
        businessDate: till.businessDate,
        kind: 'PAYMENT',
        method: t.method,
        amountMinor: t.amountMinor,
        reservationId: t.reservationId ?? null,
        postingStatus: t.method === 'ROOM_CHARGE' ? 'SENT' : 'NOT_APPLICABLE',
        reason: null,
        approvedBy: null,
        createdAt: this.deps.clock.now(),
      });
      if (t.method !== 'ROOM_CHARGE') continue;
      const order = await em.findOneByOrFail(OrderEntity, { id: bill.orderId });
      const where = order.tableNumber
        ? `table ${order.tableNumber}, ${order.covers} covers`
        : `${order.kind.toLowerCase().replace('_', ' ')}`;
      await this.deps.outbox.add(
        em,
        BillChargedToRoom,
        {
          billId: bill.id,
          propertyId: bill.propertyId,
          outletId: outlet.id,
          outletName: outlet.name,
          reservationId: t.reservationId!,
          amount: { amountMinor: t.amountMinor, currency: bill.currency },
          description: `${outlet.name}, ${where}`.slice(0, 200),
          chargedAt: this.deps.clock.now().toISOString(),
        },
        { subject: bill.id, propertyId: bill.propertyId },
        meta,
      );
    }
  }

  /** Orders whose last open bill this was: SETTLED, their table to be cleared, their stock depleted. */
  private async settleOrdersOf(em: EntityManager, bill: BillEntity, caller: Caller, meta: EventMeta, at: Date) {
    const orderIds = [...new Set((await em.findBy(BillLineEntity, { billId: bill.id })).map((l) => l.orderId))];
    for (const orderId of orderIds) {
      const others = await em
        .createQueryBuilder(BillEntity, 'b')
        .innerJoin(BillLineEntity, 'l', 'l.bill_id = b.id')
        .where('l.order_id = :orderId AND b.id <> :id AND b.status = :open', { orderId, id: bill.id, open: 'OPEN' })
        .getCount();
      if (others > 0) continue;
      const order = await lockForChange(em, this.deps.db, ORDER, orderId, caller);
      const next = ORDER_MACHINE.transition(order.status, 'settle');
      if (!next.ok) throw new DomainError('ORDER.INVALID_TRANSITION', `Order ${order.id}: ${next.reason}`, { status: order.status });
      Object.assign(order, { status: next.to, settledAt: at, updatedAt: at });
      await em.save(OrderEntity, order);
      if (order.tableId) await this.freeTable(em, order, caller);
      const lines = await em.find(OrderLineEntity, { where: { orderId, status: Not('VOIDED') }, order: { position: 'ASC' } });
      const sold = lines.map((l) => ({
        id: l.id,
        menuItemId: l.menuItemId,
        name: l.name,
        quantity: l.quantity,
        modifierIds: l.modifiers.map((m) => m.modifierId),
      }));
      await this.recipes.deplete(em, order, sold, meta);
    }
  }

  private async freeTable(em: EntityManager, order: OrderEntity, caller: Caller) {
    const table = await em.findOneBy(TableEntity, { id: order.tableId! });
    if (table?.orderId === order.id && (table.status === 'ORDERED' || table.status === 'BILL_REQUESTED')) {
      await this.floor.move(em, table.id, 'paid', caller);
    }
  }

  async get(id: string, caller: Caller): Promise<BillEntity> {
    const bill = await this.deps.db.manager.findOneBy(BillEntity, { id });
    if (!bill) throw notFound('BILL.NOT_FOUND', 'Bill', id);
    caller.assertProperty(bill.propertyId);
    return bill;
  }

  async ofOrder(orderId: string, caller: Caller) {
    await this.orders.get(orderId, caller);
    return this.deps.db.manager.find(BillEntity, { where: { orderId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Settled bills with a room charge the folio refused: what cashiers still have to collect. */
  async openBalances(outletId: string, caller: Caller) {
    const outlet = await this.deps.db.manager.findOneBy(OutletEntity, { id: outletId });
    if (!outlet) throw notFound('OUTLET.NOT_FOUND', 'Outlet', outletId);
    caller.assertProperty(outlet.propertyId);
    return this.deps.db.manager
      .createQueryBuilder(BillEntity, 'b')
      .where('b.outlet_id = :outletId AND b.open_balance_minor > 0', { outletId })
      .orderBy('b.settled_at', 'ASC')
      .getMany();
  }

  linesOf(billIds: readonly string[]) {
    return this.deps.db.manager.find(BillLineEntity, { where: { billId: In([...billIds]) } });
  }

  paymentsOf(billIds: readonly string[]) {
    return this.deps.db.manager.find(PaymentEntity, { where: { billId: In([...billIds]) }, order: { createdAt: 'ASC' } });
  }

  /** Reservations' answer to a room charge: posted, or refused — then the amount is an open balance to collect. */
  async onPosting(em: EntityManager, billId: string, outcome: { posted: true } | { posted: false; reason: string }) {
    const payment = await em.findOneBy(PaymentEntity, { billId, method: 'ROOM_CHARGE', kind: 'PAYMENT' });
    const bill = await em.findOne(BillEntity, { where: { id: billId }, ...this.deps.db.forUpdate });
    if (!payment || !bill || payment.postingStatus !== 'SENT') return;
    payment.postingStatus = outcome.posted ? 'POSTED' : 'REJECTED';
    if (!outcome.posted) {
      payment.reason = outcome.reason.slice(0, 500);
      bill.openBalanceMinor += payment.amountMinor;
      bill.openBalanceReason = `Room charge refused by the folio: ${outcome.reason}`.slice(0, 500);
      bill.updatedAt = this.deps.clock.now();
      await em.save(BillEntity, bill);
    }
    await em.save(PaymentEntity, payment);
  }

  /** Voids and comps of the order still waiting for a manager (adjustments sit above bills, so read by table). */
  private async pendingAdjustments(em: EntityManager, orderId: string): Promise<number> {
    const row = await em
      .createQueryBuilder()
      .select('COUNT(*)', 'n')
      .from('adjustments', 'a')
      .where("a.order_id = :orderId AND a.status = 'PENDING'", { orderId })
      .getRawOne<{ n: string }>();
    return Number(row?.n ?? 0);
  }

  /** One bill change in one transaction under the bill's row lock. */
  change(
    id: string,
    action: BillAction,
    caller: Caller,
    effect: (em: EntityManager, bill: BillEntity, at: Date) => Promise<void>,
  ): Promise<BillEntity> {
    return transitionAggregate(this.deps, BILL, id, action, caller, (em, bill, change) => effect(em, bill, change.at));
  }
}
