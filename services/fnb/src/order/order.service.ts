import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { OrderSettled } from '@hotelops/contracts';
import {
  DomainError,
  notFound,
  paginate,
  type Caller,
  type EventMeta,
  type PageArgs,
  type ServiceDeps,
  groupByIds,
  transitionAggregate,
} from '@hotelops/kernel';
import { MenuItemEntity } from '../menu/menu-item.entity';
import { OutletEntity } from '../outlet/outlet.entity';
import { OrderEntity, OrderLineEntity } from './order.entity';
import {
  MAX_LINES_PER_REQUEST,
  linesProblem,
  orderTotal,
  quantityProblem,
  settlementProblem,
  ORDER_MACHINE,
  type OrderAction,
  type OrderStatus,
  type PaymentMethod,
  type Settlement,
} from './order.rules';
import type { OpenOrderInput, OrderLineInput } from './order.type';

export interface SettleOrder {
  settlement: Settlement;
  /** Overrides the reservation the order was opened for. */
  reservationId?: string;
  paymentMethod?: PaymentMethod;
}

export const MAX_VOID_REASON = 500;

const ORDER = {
  entity: OrderEntity,
  notFound: 'ORDER.NOT_FOUND',
  noun: 'Order',
  machine: ORDER_MACHINE,
  invalidTransition: 'ORDER.INVALID_TRANSITION',
} as const;

export class OrderService {
  constructor(private readonly deps: ServiceDeps) {}

  async open(input: OpenOrderInput, caller: Caller): Promise<OrderEntity> {
    return this.deps.db.transaction(async (em) => {
      const outlet = await em.findOneBy(OutletEntity, { id: input.outletId });
      if (!outlet) throw notFound('OUTLET.NOT_FOUND', 'Outlet', input.outletId);
      caller.assertProperty(outlet.propertyId);
      const id = randomUUID();
      const lines = await this.priceLines(em, outlet, id, input.lines, 1, 'An order needs at least one line');
      const now = this.deps.clock.now();
      const order = em.create(OrderEntity, {
        id,
        propertyId: outlet.propertyId,
        outletId: outlet.id,
        tableNumber: input.tableNumber ?? null,
        reservationId: input.reservationId ?? null,
        status: 'OPEN',
        currency: outlet.currency,
        totalMinor: orderTotal(lines),
        settlement: null,
        paymentMethod: null,
        voidReason: null,
        voidedBy: null,
        createdAt: now,
        updatedAt: now,
        settledAt: null,
        voidedAt: null,
      });
      await em.insert(OrderEntity, order);
      await em.insert(OrderLineEntity, lines);
      return order;
    });
  }

  /** More dishes for an open or sent order; a sent order reopens until the new lines are sent. */
  addLines(id: string, requested: OrderLineInput[], caller: Caller): Promise<OrderEntity> {
    return this.change(id, 'addLines', caller, async (em, order) => {
      const outlet = await em.findOneByOrFail(OutletEntity, { id: order.outletId });
      const existing = await em.find(OrderLineEntity, { where: { orderId: order.id }, order: { position: 'ASC' } });
      const next = (existing.at(-1)?.position ?? 0) + 1;
      const added = await this.priceLines(em, outlet, order.id, requested, next, 'addOrderLines needs at least one line', existing);
      await em.insert(OrderLineEntity, added);
      order.totalMinor = orderTotal([...existing, ...added]);
    });
  }

  /** Hands the unsent lines to the kitchen. */
  send(id: string, caller: Caller): Promise<OrderEntity> {
    return this.change(id, 'send', caller, async (em, order) => {
      await em
        .createQueryBuilder()
        .update(OrderLineEntity)
        .set({ sentAt: this.deps.clock.now() })
        .where('order_id = :id AND sent_at IS NULL', { id: order.id })
        .execute();
    });
  }

  /** Closes the bill and announces it; the reservations subgraph posts room charges to the folio. */
  settle(id: string, input: SettleOrder, caller: Caller, meta: EventMeta): Promise<OrderEntity> {
    return this.change(id, 'settle', caller, async (em, order) => {
      const reservationId = input.reservationId ?? order.reservationId;
      const paymentMethod = input.paymentMethod ?? null;
      const problem = settlementProblem(input.settlement, reservationId, paymentMethod);
      if (problem) throw new DomainError(problem.code, `Order ${order.id}: ${problem.message}`, { settlement: input.settlement });
      const now = this.deps.clock.now();
      order.settlement = input.settlement;
      order.paymentMethod = paymentMethod;
      order.reservationId = reservationId;
      order.settledAt = now;
      const outlet = await em.findOneByOrFail(OutletEntity, { id: order.outletId });
      const lines = await em.find(OrderLineEntity, { where: { orderId: order.id }, order: { position: 'ASC' } });
      await this.deps.outbox.add(
        em,
        OrderSettled,
        {
          orderId: order.id,
          propertyId: order.propertyId,
          outletId: outlet.id,
          outletName: outlet.name,
          settlement: input.settlement,
          reservationId,
          total: { amountMinor: order.totalMinor, currency: order.currency },
          settledAt: now.toISOString(),
          lines: lines.map((l) => ({
            menuItemId: l.menuItemId,
            name: l.name,
            quantity: l.quantity,
            unitPrice: { amountMinor: l.unitPriceMinor, currency: order.currency },
          })),
        },
        { subject: order.id, propertyId: order.propertyId },
        meta,
      );
    });
  }

  voidOrder(id: string, reason: string, caller: Caller): Promise<OrderEntity> {
    const why = reason.trim();
    if (!why || why.length > MAX_VOID_REASON) {
      return Promise.reject(
        new DomainError('INPUT.INVALID', `A void needs a reason of 1–${MAX_VOID_REASON} characters`, { field: 'reason' }),
      );
    }
    return this.change(id, 'void', caller, async (_em, order) => {
      order.voidReason = why;
      order.voidedBy = caller.employeeId ?? null;
      order.voidedAt = this.deps.clock.now();
    });
  }

  async get(id: string, caller: Caller): Promise<OrderEntity> {
    const order = await this.deps.db.manager.findOneBy(OrderEntity, { id });
    if (!order) throw notFound('ORDER.NOT_FOUND', 'Order', id);
    caller.assertProperty(order.propertyId);
    return order;
  }

  /** Orders of an outlet, oldest first; the outlet's property decides who may see them. */
  async list(outletId: string, caller: Caller, page: PageArgs, status?: OrderStatus) {
    const outlet = await this.deps.db.manager.findOneBy(OutletEntity, { id: outletId });
    if (!outlet) throw notFound('OUTLET.NOT_FOUND', 'Outlet', outletId);
    caller.assertProperty(outlet.propertyId);
    const qb = this.deps.db.manager.createQueryBuilder(OrderEntity, 'o').where('o.outletId = :outletId', { outletId });
    if (status) qb.andWhere('o.status = :status', { status });
    return paginate(qb, page);
  }

  byIds(ids: readonly string[]) {
    return this.deps.db.manager.findBy(OrderEntity, { id: In([...ids]) });
  }

  /** Orders of many stays in one query, each stay's oldest first. */
  async byReservationIds(reservationIds: readonly string[]): Promise<OrderEntity[][]> {
    const rows = await this.deps.db.manager.find(OrderEntity, {
      where: { reservationId: In([...reservationIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return groupByIds(reservationIds, rows, (o) => o.reservationId!);
  }

  /** Lines of many orders in one query, in order of entry. */
  async linesOf(orderIds: readonly string[]): Promise<OrderLineEntity[][]> {
    const rows = await this.deps.db.manager.find(OrderLineEntity, { where: { orderId: In([...orderIds]) }, order: { position: 'ASC' } });
    return groupByIds(orderIds, rows, (l) => l.orderId);
  }

  /**
   * One status change in one transaction (the kernel's lock → property → machine → effect →
   * save): two tills settling the same bill at once queue on the row lock, and the second finds
   * it SETTLED (its event row is rolled back with it).
   */
  private change(
    id: string,
    action: OrderAction,
    caller: Caller,
    effect: (em: EntityManager, order: OrderEntity) => Promise<void>,
  ): Promise<OrderEntity> {
    return transitionAggregate(this.deps, ORDER, id, action, caller, (em, order) => effect(em, order));
  }

  /**
   * Copies name and price of each requested menu item at this moment. Every item must be on
   * this outlet's menu and available.
   */
  private async priceLines(
    em: EntityManager,
    outlet: OutletEntity,
    orderId: string,
    requested: readonly OrderLineInput[],
    firstPosition: number,
    emptyMessage: string,
    existing: readonly OrderLineEntity[] = [],
  ): Promise<OrderLineEntity[]> {
    if (requested.length === 0) throw new DomainError('ORDER.EMPTY', emptyMessage, { field: 'lines' });
    if (requested.length > MAX_LINES_PER_REQUEST) {
      throw new DomainError('INPUT.INVALID', `At most ${MAX_LINES_PER_REQUEST} lines per request, got ${requested.length}`, {
        field: 'lines',
      });
    }
    for (const r of requested) {
      const problem = quantityProblem(r.quantity);
      if (problem) throw new DomainError('INPUT.INVALID', problem, { field: 'lines', menuItemId: r.menuItemId });
    }
    const items = await em.findBy(MenuItemEntity, { id: In([...new Set(requested.map((r) => r.menuItemId))]) });
    const byId = new Map(items.map((i) => [i.id, i]));
    const lines = requested.map((r, i) => {
      const item = byId.get(r.menuItemId);
      if (!item || item.outletId !== outlet.id) {
        throw new DomainError('MENU_ITEM.NOT_FOUND', `Menu item ${r.menuItemId} is not on the menu of ${outlet.name}`, {
          menuItemId: r.menuItemId,
        });
      }
      if (!item.available) {
        throw new DomainError('MENU_ITEM.UNAVAILABLE', `${item.name} is not available at ${outlet.name} right now`, {
          menuItemId: item.id,
        });
      }
      return em.create(OrderLineEntity, {
        id: randomUUID(),
        orderId,
        position: firstPosition + i,
        menuItemId: item.id,
        name: item.name,
        unitPriceMinor: item.priceMinor,
        quantity: r.quantity,
        sentAt: null,
      });
    });
    const problem = linesProblem([...existing, ...lines]);
    if (problem) throw new DomainError('INPUT.INVALID', problem, { field: 'lines' });
    return lines;
  }
}
