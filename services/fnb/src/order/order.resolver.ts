import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Money, PageArgs, type RequestContext } from '@hotelops/kernel';
import type { FnbServices } from '../composition';
import { ReservationRef } from '../federation/reservation.reference';
import { EmployeeRef, refOf } from '../federation/stubs.type';
import { loadOutlet } from '../outlet/outlet.reference';
import type { OutletService } from '../outlet/outlet.service';
import { Outlet } from '../outlet/outlet.type';
import type { OrderEntity, OrderLineEntity } from './order.entity';
import { lineAmount, type OrderStatus } from './order.rules';
import type { OrderService } from './order.service';
import { FnbOrderStatusEnum, OpenOrderInput, Order, OrderConnection, OrderLine, OrderLineInput } from './order.type';

const SERVERS = ['fnb-server', 'fnb-manager'];

@Resolver(() => Order)
export class OrderResolver {
  private readonly service: OrderService;
  private readonly outlets: OutletService;
  constructor({ orders, outlets }: FnbServices) {
    this.service = orders;
    this.outlets = outlets;
  }

  @Authorized()
  @Query(() => Order)
  order(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.get(id, ctx.caller);
  }

  @Authorized()
  @Query(() => OrderConnection, { description: 'Orders of an outlet, oldest first' })
  orders(
    @Arg('outletId', () => ID) outletId: string,
    @Arg('status', () => FnbOrderStatusEnum, { nullable: true }) status: OrderStatus | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.list(outletId, ctx.caller, page, status);
  }

  @FieldResolver(() => Money, { description: 'What the guest owes for the lines (comped and voided lines count zero)' })
  total(@Root() o: OrderEntity): Money {
    return Money.of(o.totalMinor, o.currency);
  }

  @FieldResolver(() => [OrderLine], { description: 'In order of entry' })
  async lines(@Root() o: OrderEntity, @Ctx() ctx: RequestContext): Promise<OrderLine[]> {
    const lines = await ctx.loader<OrderLineEntity[]>('Order.lines', (ids) => this.service.linesOf(ids)).load(o.id);
    return (lines ?? []).map((l) => ({
      ...l,
      unitPrice: Money.of(l.unitPriceMinor, o.currency),
      amount: Money.of(lineAmount(l), o.currency),
    }));
  }

  @FieldResolver(() => Outlet)
  outlet(@Root() o: OrderEntity, @Ctx() ctx: RequestContext) {
    return loadOutlet(ctx, this.outlets).load(o.outletId);
  }

  @FieldResolver(() => ReservationRef, {
    nullable: true,
    description: "The guest's stay: its VIP level and special requests (重要客人) come through federation",
  })
  reservation(@Root() o: OrderEntity): ReservationRef | null {
    return refOf(o.reservationId);
  }

  @FieldResolver(() => EmployeeRef, { nullable: true })
  server(@Root() o: OrderEntity) {
    return refOf(o.serverId);
  }

  @Authorized(...SERVERS)
  @Mutation(() => Order, { description: 'Opens an order in the open service with its first lines; menu items must be available' })
  openOrder(@Arg('input') input: OpenOrderInput, @Ctx() ctx: RequestContext) {
    return this.service.open(input, ctx.caller);
  }

  @Authorized(...SERVERS)
  @Mutation(() => Order, { description: 'Adds lines to an open order' })
  addOrderLines(
    @Arg('id', () => ID) id: string,
    @Arg('lines', () => [OrderLineInput]) lines: OrderLineInput[],
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.addLines(id, lines, ctx.caller);
  }
}
