import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@hotelops/kernel';
import type { FnbServices } from '../composition';
import { ReservationRef } from '../federation/reservation.reference';
import type { OrderEntity } from './order.entity';
import type { OrderService } from './order.service';
import { Order } from './order.type';

/** Adds `fnbOrders` to the reservations subgraph's Reservation. */
@Resolver(() => ReservationRef)
export class ReservationOrdersResolver {
  private readonly service: OrderService;
  constructor({ orders }: FnbServices) {
    this.service = orders;
  }

  @Authorized()
  @FieldResolver(() => [Order], { nullable: true, description: 'F&B orders of this stay, oldest first' })
  async fnbOrders(@Root() r: ReservationRef, @Ctx() ctx: RequestContext): Promise<OrderEntity[]> {
    // One query for every stay in the request; orders of properties the caller cannot see are left out.
    const orders = await ctx
      .loader<OrderEntity[]>('Reservation.fnbOrders', async (ids) => {
        const byStay = await this.service.byReservationIds(ids);
        return byStay.map((orders) => orders.filter((o) => ctx.caller.canAccessProperty(o.propertyId)));
      })
      .load(r.id);
    return orders ?? [];
  }
}
