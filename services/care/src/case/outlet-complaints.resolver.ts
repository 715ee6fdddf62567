import { Arg, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { DomainError, type RequestContext } from '@hotelops/kernel';
import type { CareServices } from '../composition';
import { OutletRef } from '../federation/outlet.reference';
import type { CaseEntity } from './case.entity';
import type { CaseService } from './case.service';
import { Case } from './case.type';

/** A report period is at most a year: the outlet's daily report asks for one business day. */
const MAX_PERIOD_MS = 366 * 86_400_000;

/** Adds the complaints about an outlet to F&B's Outlet (its daily business report shows them). */
@Resolver(() => OutletRef)
export class OutletComplaintsResolver {
  private readonly service: CaseService;
  constructor({ cases }: CareServices) {
    this.service = cases;
  }

  /** Batched per period: every outlet of the response in one query. Nullable: care may be unavailable. */
  @Authorized()
  @FieldResolver(() => [Case], {
    nullable: true,
    description: 'Complaints (care) about this outlet opened in [from, to), oldest first',
  })
  complaints(@Root() o: OutletRef, @Arg('from') from: Date, @Arg('to') to: Date, @Ctx() ctx: RequestContext) {
    if (!(to > from) || to.getTime() - from.getTime() > MAX_PERIOD_MS)
      throw new DomainError('INPUT.INVALID', 'to must be after from, within a year', { field: 'to' });
    const key = `ComplaintsByOutlet:${from.toISOString()}:${to.toISOString()}`;
    return ctx.loader<CaseEntity[]>(key, (ids) => this.service.complaintsOfOutlets(ids, from, to, ctx.caller)).load(o.id);
  }
}
