import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Money, graphqlEnum, type RequestContext } from '@hotelops/kernel';
import type { FnbServices } from '../composition';
import { CourseEnum, StationEnum } from '../menu/menu-item.type';
import type { OrderLineEntity } from '../order/order.entity';
import { lineAmount } from '../order/order.rules';
import { Order, OrderLine } from '../order/order.type';
import type { OutletService } from '../outlet/outlet.service';
import type { KitchenTicketEntity } from './ticket.entity';
import type { Course, Station } from '../menu/menu.rules';
import { TICKET_STATUSES, type TicketStatus } from './ticket.rules';
import type { KitchenTicketService } from './ticket.service';

export const TicketStatusEnum = graphqlEnum(TICKET_STATUSES, {
  name: 'KitchenTicketStatus',
  description: 'NEW → IN_PREPARATION → READY → SERVED',
});

@ObjectType({ description: "What one station prepares for one firing of an order's course(s)" })
export class KitchenTicket {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  orderId: string;

  @Field(() => StationEnum)
  station: Station;

  @Field({ description: 'courses on this ticket, e.g. STARTER' })
  courses: string;

  @Field(() => String, { nullable: true })
  tableNumber: string | null;

  @Field(() => TicketStatusEnum)
  status: TicketStatus;

  @Field()
  firedAt: Date;

  @Field(() => Date, { nullable: true })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true })
  readyAt: Date | null;

  @Field(() => Date, { nullable: true })
  servedAt: Date | null;
}

const KITCHEN = ['fnb-server', 'fnb-manager'];

@Resolver(() => KitchenTicket)
export class TicketResolver {
  private readonly service: KitchenTicketService;
  private readonly outlets: OutletService;
  constructor({ tickets, outlets }: FnbServices) {
    this.service = tickets;
    this.outlets = outlets;
  }

  @Authorized()
  @Query(() => [KitchenTicket], { description: "A station's queue (default: everything not yet served), oldest first" })
  async kitchenTickets(
    @Arg('outletId', () => ID) outletId: string,
    @Arg('station', () => StationEnum, { nullable: true }) station: Station | undefined,
    @Arg('statuses', () => [TicketStatusEnum], { nullable: true }) statuses: TicketStatus[] | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    await this.outlets.get(outletId, ctx.caller);
    return this.service.queue(outletId, station, statuses ?? []);
  }

  @FieldResolver(() => [OrderLine])
  async lines(@Root() t: KitchenTicketEntity, @Ctx() ctx: RequestContext) {
    const lines = await ctx.loader<OrderLineEntity[]>('KitchenTicket.lines', (ids) => this.service.linesOf(ids)).load(t.id);
    const currency = (await this.outlets.byIds([t.outletId]))[0]?.currency ?? 'XXX';
    return (lines ?? []).map((l) => ({ ...l, unitPrice: Money.of(l.unitPriceMinor, currency), amount: Money.of(lineAmount(l), currency) }));
  }

  @Authorized(...KITCHEN)
  @Mutation(() => Order, { description: 'Fires the unfired lines of these courses (all when none) as one kitchen ticket per station' })
  fireOrder(
    @Arg('id', () => ID) id: string,
    @Arg('courses', () => [CourseEnum], { nullable: true }) courses: Course[] | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.fire(id, courses, ctx.caller);
  }

  @Authorized(...KITCHEN)
  @Mutation(() => KitchenTicket)
  startTicket(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.advance(id, 'start', ctx.caller);
  }

  @Authorized(...KITCHEN)
  @Mutation(() => KitchenTicket)
  markTicketReady(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.advance(id, 'ready', ctx.caller);
  }

  @Authorized(...KITCHEN)
  @Mutation(() => KitchenTicket)
  serveTicket(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.advance(id, 'serve', ctx.caller);
  }
}
