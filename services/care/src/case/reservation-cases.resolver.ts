import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@hotelops/kernel';
import type { CareServices } from '../composition';
import { ReservationRef } from '../federation/reservation.reference';
import type { CaseEntity } from './case.entity';
import type { CaseService } from './case.service';
import { Case } from './case.type';

/** Adds `cases` to the reservations subgraph's Reservation. */
@Resolver(() => ReservationRef)
export class ReservationCasesResolver {
  private readonly service: CaseService;
  constructor({ cases }: CareServices) {
    this.service = cases;
  }

  /** Batched: the cases of every reservation in one response come from one query. */
  @Authorized()
  @FieldResolver(() => [Case], { nullable: true, description: 'Guest cases about this stay (care), oldest first' })
  cases(@Root() r: ReservationRef, @Ctx() ctx: RequestContext) {
    return ctx.loader<CaseEntity[]>('CasesByReservation', (ids) => this.service.byReservationIds(ids, ctx.caller)).load(r.id);
  }
}
