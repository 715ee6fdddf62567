import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import {
  DomainError,
  groupByIds,
  notFound,
  paginate,
  transitionAggregate,
  type Caller,
  type PageArgs,
  type ServiceDeps,
} from '@hotelops/kernel';
import type { FloorService } from '../floor/floor.service';
import type { OutletService } from '../outlet/outlet.service';
import type { OutletServiceService } from '../service/service.service';
import type { StayService } from '../stay/stay.service';
import { OrderEntity, OrderLineEntity } from './order.entity';
import { LinePricer, checkShape } from './line-pricer';
import { ORDER_MACHINE, orderTotal, chargedAmount, type OrderAction, type OrderStatus } from './order.rules';
import type { OpenOrderInput, OrderLineInput } from './order.type';

export const ORDER = {
  entity: OrderEntity,
  notFound: 'ORDER.NOT_FOUND',
  noun: 'Order',
  machine: ORDER_MACHINE,
  invalidTransition: 'ORDER.INVALID_TRANSITION',
} as const;

/** Orders: dine-in by table and cover, room service for a stay, walk-in; lines by seat and course; firing. */
export class OrderService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly outlets: OutletService,
    private readonly services: OutletServiceService,
    private readonly floor: FloorService,
    private readonly stays: StayService,
    private readonly pricer: LinePricer,
  ) {}

  async open(input: OpenOrderInput, caller: Caller): Promise<OrderEntity> {
    checkShape(input.lines, 'An order needs at least one line');
    return this.deps.db.transaction(async (em) => {
      const outlet = await this.outlets.load(em, input.outletId, caller);
      const service = await this.services.current(em, outlet);
      const kind = input.kind;
      if (kind === 'DINE_IN' && !input.tableId)
        throw new DomainError('ORDER.NEEDS_TABLE', 'A DINE_IN order needs the tableId of a seated party', { field: 'tableId' });
      if (kind === 'ROOM_SERVICE' && !input.reservationId) {
        throw new DomainError('ORDER.ROOM_CHARGE_NEEDS_RESERVATION', 'A ROOM_SERVICE order needs the reservationId of an in-house stay', {
          field: 'reservationId',
        });
      }
      if (input.reservationId && kind === 'ROOM_SERVICE') await this.stays.assertInHouse(em, input.reservationId, outlet.propertyId);
      const id = randomUUID();
      const table = kind === 'DINE_IN' ? await this.floor.move(em, input.tableId!, 'order', caller, { orderId: id }) : null;
      if (table && table.outletId !== outlet.id) throw notFound('TABLE.NOT_FOUND', `Table of ${outlet.name}`, table.id);
      const now = this.deps.clock.now();
      const order = em.create(OrderEntity, {
        id,
        propertyId: outlet.propertyId,
        outletId: outlet.id,
        kind,
        tableId: table?.id ?? null,
        tableNumber: table?.number ?? null,
        covers: table?.covers || input.covers || 1,
        reservationId: input.reservationId ?? null,
        serverId: table?.serverId ?? caller.employeeId ?? null,
        serviceId: service.id,
        periodId: service.periodId,
        businessDate: service.businessDate,
        status: 'OPEN',
        currency: outlet.currency,
        totalMinor: 0,
        voidReason: null,
        voidedBy: null,
        createdAt: now,
        updatedAt: now,
        settledAt: null,
        voidedAt: null,
      });
      const lines = await this.pricer.price(em, outlet, order, input.lines, 1, 'An order needs at least one line');
      order.totalMinor = orderTotal(lines);
      await em.insert(OrderEntity, order);
      await em.insert(OrderLineEntity, lines);
      return order;
    });
  }

  /** More dishes for an open order. */
  addLines(id: string, requested: OrderLineInput[], caller: Caller): Promise<OrderEntity> {
    checkShape(requested, 'addOrderLines needs at least one line');
    return this.change(id, 'addLines', caller, async (em, order) => {
      const outlet = await this.outlets.load(em, order.outletId, caller);
      const existing = await this.lines(em, order.id);
      const next = (existing.at(-1)?.position ?? 0) + 1;
      const added = await this.pricer.price(em, outlet, order, requested, next, 'addOrderLines needs at least one line', existing);
      await em.insert(OrderLineEntity, added);
      order.totalMinor = orderTotal([...existing, ...added].filter((l) => l.status === 'ACTIVE'));
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
    await this.outlets.get(outletId, caller);
    const qb = this.deps.db.manager.createQueryBuilder(OrderEntity, 'o').where('o.outletId = :outletId', { outletId });
    if (status) qb.andWhere('o.status = :status', { status });
    return paginate(qb, page);
  }

  byIds(ids: readonly string[]) {
    return this.deps.db.manager.findBy(OrderEntity, { id: In([...ids]) });
  }

  /** Orders of many stays in one query, each stay's oldest first. */
  async byReservationIds(reservationIds: readonly string[]): Promise<OrderEntity[][]> {
    if (!reservationIds.length) return [];
    const rows = await this.deps.db
      .rows(OrderEntity)
      .where('reservation_id IN (:...ids)', { ids: [...reservationIds] }, 'created_at ASC, id ASC');
    return groupByIds(reservationIds, rows, (o) => o.reservationId!);
  }

  /** Lines of many orders in one query, in order of entry. */
  async linesOf(orderIds: readonly string[]): Promise<OrderLineEntity[][]> {
    const rows = await this.deps.db.manager.find(OrderLineEntity, { where: { orderId: In([...orderIds]) }, order: { position: 'ASC' } });
    return groupByIds(orderIds, rows, (l) => l.orderId);
  }

  lines(em: EntityManager, orderId: string) {
    return em.find(OrderLineEntity, { where: { orderId }, order: { position: 'ASC' } });
  }

  /** Recomputes what the guest owes after a void or comp. */
  async retotal(em: EntityManager, order: OrderEntity): Promise<void> {
    order.totalMinor = (await this.lines(em, order.id)).reduce((s, l) => s + chargedAmount(l), 0);
  }

  /** One status change in one transaction (the kernel's lock → property → machine → effect → save). */
  change(
    id: string,
    action: OrderAction,
    caller: Caller,
    effect?: (em: EntityManager, order: OrderEntity) => Promise<void>,
  ): Promise<OrderEntity> {
    return transitionAggregate(this.deps, ORDER, id, action, caller, effect && ((em, order) => effect(em, order)));
  }
}
