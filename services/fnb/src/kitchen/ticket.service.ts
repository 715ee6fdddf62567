import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { DomainError, groupByIds, transitionAggregate, type Caller, type ServiceDeps } from '@hotelops/kernel';
import { OrderLineEntity, type OrderEntity } from '../order/order.entity';
import { KitchenTicketEntity } from './ticket.entity';
import type { Course, Station } from '../menu/menu.rules';
import type { OrderService } from '../order/order.service';
import { TICKET_MACHINE, ticketsFor, type TicketAction, type TicketStatus } from './ticket.rules';

const TICKET = {
  entity: KitchenTicketEntity,
  notFound: 'TICKET.NOT_FOUND',
  noun: 'Ticket',
  machine: TICKET_MACHINE,
  invalidTransition: 'TICKET.INVALID_TRANSITION',
} as const;

const STAMP: Record<TicketAction, 'startedAt' | 'readyAt' | 'servedAt'> = { start: 'startedAt', ready: 'readyAt', serve: 'servedAt' };

/** Kitchen tickets per station, with the time of each step, for the kitchen's own screen. */
export class KitchenTicketService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly orders: OrderService,
  ) {}

  /**
   * Fires an open order's unfired lines of the given courses (all courses when none are named):
   * one ticket per station, so each station's screen shows only its own work.
   */
  fire(orderId: string, courses: Course[] | undefined, caller: Caller): Promise<OrderEntity> {
    return this.orders.change(orderId, 'fire', caller, async (em, order) => {
      const pending = (await this.orders.lines(em, order.id)).filter(
        (l) => l.status === 'ACTIVE' && !l.firedAt && (!courses?.length || courses.includes(l.course)),
      );
      if (!pending.length) {
        const what = courses?.length ? `of ${courses.join(', ')} ` : '';
        throw new DomainError('ORDER.INVALID_TRANSITION', `Order ${order.id}: nothing ${what}is waiting to be fired`, {
          status: order.status,
        });
      }
      await this.ticketsFor(em, order, pending);
    });
  }

  private async ticketsFor(em: EntityManager, order: OrderEntity, lines: OrderLineEntity[]): Promise<KitchenTicketEntity[]> {
    const now = this.deps.clock.now();
    const tickets: KitchenTicketEntity[] = [];
    for (const group of ticketsFor(lines)) {
      const ticket = em.create(KitchenTicketEntity, {
        id: randomUUID(),
        propertyId: order.propertyId,
        outletId: order.outletId,
        orderId: order.id,
        station: group.station,
        courses: [...new Set(group.lines.map((l) => l.course))].join(','),
        tableNumber: order.tableNumber,
        status: 'NEW',
        firedAt: now,
        startedAt: null,
        readyAt: null,
        servedAt: null,
        updatedAt: now,
      });
      await em.insert(KitchenTicketEntity, ticket);
      await em.update(OrderLineEntity, { id: In(group.lines.map((l) => l.id)) }, { ticketId: ticket.id, firedAt: now });
      tickets.push(ticket);
    }
    return tickets;
  }

  advance(id: string, action: TicketAction, caller: Caller): Promise<KitchenTicketEntity> {
    return transitionAggregate(this.deps, TICKET, id, action, caller, async (_em, t, change) => {
      t[STAMP[action]] = change.at;
    });
  }

  /** A station's queue: oldest first. */
  queue(outletId: string, station: Station | undefined, statuses: TicketStatus[]) {
    return this.deps.db.manager.find(KitchenTicketEntity, {
      where: { outletId, ...(station ? { station } : {}), status: In(statuses.length ? statuses : ['NEW', 'IN_PREPARATION', 'READY']) },
      order: { firedAt: 'ASC', id: 'ASC' },
      take: 200,
    });
  }

  async byOrders(orderIds: readonly string[]) {
    const rows = await this.deps.db.manager.find(KitchenTicketEntity, { where: { orderId: In([...orderIds]) }, order: { firedAt: 'ASC' } });
    return groupByIds(orderIds, rows, (t) => t.orderId);
  }

  async linesOf(ticketIds: readonly string[]) {
    const rows = await this.deps.db.manager.find(OrderLineEntity, { where: { ticketId: In([...ticketIds]) }, order: { position: 'ASC' } });
    return groupByIds(ticketIds, rows, (l) => l.ticketId!);
  }
}
