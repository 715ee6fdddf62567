import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import type { RequestContext } from '@hotelops/kernel';
import { Reservation } from '../reservation/reservation.type';
import type { FrontDeskList } from './report.rules';
import type { ReportService } from './report.service';
import { FrontDeskListEnum, OccupancyReport, PickupDay } from './report.type';

const MANAGERS = ['duty-manager', 'reservations-agent'];

@Resolver()
export class ReportResolver {
  private readonly service: ReportService;
  constructor({ reports }: { reports: ReportService }) {
    this.service = reports;
  }

  @Authorized(...MANAGERS, 'scope:reports:read')
  @Query(() => OccupancyReport, { description: 'Occupancy (出租率), ADR (平均房价) and RevPAR per night of [from, to) and in total' })
  occupancyReport(
    @Arg('propertyId', () => ID) propertyId: string,
    @Arg('from', () => LocalDateResolver) from: string,
    @Arg('to', () => LocalDateResolver) to: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.occupancy(propertyId, from, to, ctx.caller);
  }

  @Authorized(...MANAGERS, 'scope:reports:read')
  @Query(() => [PickupDay], { description: 'Room nights picked up per stay night by bookings made in [bookedFrom, bookedTo)' })
  pickupReport(
    @Arg('propertyId', () => ID) propertyId: string,
    @Arg('from', () => LocalDateResolver) from: string,
    @Arg('to', () => LocalDateResolver) to: string,
    @Arg('bookedFrom') bookedFrom: Date,
    @Arg('bookedTo') bookedTo: Date,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.pickup(propertyId, from, to, bookedFrom, bookedTo, ctx.caller);
  }

  @Authorized('front-desk', ...MANAGERS)
  @Query(() => [Reservation], { description: 'Arrivals, departures or guests in house on a date' })
  frontDeskList(
    @Arg('propertyId', () => ID) propertyId: string,
    @Arg('date', () => LocalDateResolver) date: string,
    @Arg('kind', () => FrontDeskListEnum) kind: FrontDeskList,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.list(propertyId, date, kind, ctx.caller);
  }
}
