import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext, ServiceDeps } from '@hotelops/kernel';
import type { CaseEntity } from '../case/case.entity';
import { CaseService } from '../case/case.service';
import { Case } from '../case/case.type';
import { ReservationWithCases } from './reservation.type';

@Resolver(() => ReservationWithCases)
export class ReservationCasesResolver {
  private readonly service: CaseService;
  constructor(deps: ServiceDeps) {
    this.service = new CaseService(deps);
  }

  /** Batched: the cases of every reservation in one response come from one query. */
  @Authorized()
  @FieldResolver(() => [Case], { description: 'Guest cases about this stay (care), oldest first' })
  cases(@Root() r: ReservationWithCases, @Ctx() ctx: RequestContext) {
    return ctx.loader<CaseEntity[]>('CasesByReservation', (ids) => this.service.byReservationIds(ids, ctx.caller)).load(r.id);
  }
}
