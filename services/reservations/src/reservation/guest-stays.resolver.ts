import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Money, groupByIds, type RequestContext } from '@hotelops/kernel';
import type { GuestEntity } from '../guest/guest.entity';
import { Guest, GuestStats } from '../guest/guest.type';
import { loadProperty } from '../property/property.reference';
import type { PropertyService } from '../property/property.service';
import type { ReservationService } from './reservation.service';
import { Reservation } from './reservation.type';

/** A guest profile's stays and what they add up to. */
@Resolver(() => Guest)
export class GuestStaysResolver {
  private readonly reservations: ReservationService;
  private readonly properties: PropertyService;
  constructor({ reservations, properties }: { reservations: ReservationService; properties: PropertyService }) {
    this.reservations = reservations;
    this.properties = properties;
  }

  @FieldResolver(() => [Reservation], { description: 'Stay history, latest arrival first' })
  stays(@Root() g: GuestEntity, @Ctx() ctx: RequestContext) {
    return ctx
      .loader('GuestStays', async (ids) => groupByIds(ids, await this.reservations.staysOfGuests(ids), (r) => r.guestId!))
      .load(g.id);
  }

  @FieldResolver(() => GuestStats)
  async stats(@Root() g: GuestEntity, @Ctx() ctx: RequestContext) {
    const row = await ctx.loader('GuestStats', (ids) => this.reservations.statsOfGuests(ids)).load(g.id);
    const property = await loadProperty(ctx, this.properties).load(g.propertyId);
    return { stays: row!.stays, nights: row!.nights, roomRevenue: Money.of(row!.revenueMinor, property!.currency) };
  }
}
