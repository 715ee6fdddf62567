import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { graphqlEnum, textArg, type RequestContext } from '@hotelops/kernel';
import type { FnbServices } from '../composition';
import { DAY_CLOSE_APPROVER_ROLES, DAY_CLOSE_STATUSES, type DayCloseStatus } from '../till/day-close.rules';
import type { BusinessDayEntity } from '../till/till.entity';
import type { BusinessDayService } from './business-day.service';

const DayCloseStatusEnum = graphqlEnum(DAY_CLOSE_STATUSES, {
  name: 'BusinessDayStatus',
  description: 'PENDING_APPROVAL until a manager approves; CLOSED: the date is frozen',
});

@ObjectType({ description: '日结: the close of an outlet’s business date, with who asked, who approved and why' })
export class BusinessDay {
  @Field(() => ID)
  id: string;

  @Field(() => LocalDateResolver)
  businessDate: string;

  @Field(() => DayCloseStatusEnum)
  status: DayCloseStatus;

  @Field(() => ID, { nullable: true, description: 'Who asked for the close' })
  closedBy: string | null;

  @Field(() => ID, { nullable: true, description: 'The manager who approved it' })
  approvedBy: string | null;

  @Field(() => String, { nullable: true, description: 'The role the approval was given under' })
  approvedByRole: string | null;

  @Field(() => String, { nullable: true, description: 'Why the approver accepted the day (required above the over/short threshold)' })
  approvalReason: string | null;

  @Field(() => Date, { nullable: true })
  approvedAt: Date | null;

  @Field(() => Int, { description: "The day's cash difference approval looked at: each till's over/short by its size (minor units)" })
  overShortExposureMinor: number;
}

const CLOSERS = ['cashier', ...DAY_CLOSE_APPROVER_ROLES];
const REASON_MAX = 500;

@Resolver(() => BusinessDay)
export class BusinessDayResolver {
  private readonly days: BusinessDayService;
  constructor({ days }: FnbServices) {
    this.days = days;
  }

  @Authorized(...CLOSERS)
  @Query(() => [BusinessDay], { description: 'Closes of business dates (pending and closed), latest first' })
  businessDays(@Arg('outletId', () => ID) outletId: string, @Ctx() ctx: RequestContext) {
    return this.days.list(outletId, ctx.caller);
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When the date was frozen; null while pending' })
  closedAt(@Root() day: BusinessDayEntity): Date | null {
    return day.status === 'CLOSED' ? day.closedAt : null;
  }

  @Authorized(...CLOSERS)
  @Mutation(() => BusinessDay, {
    description:
      '日结: asks to close a business date once every check is settled and every till closed. A manager closing within the over/short threshold approves it at once; otherwise it waits for approveBusinessDayClose',
  })
  closeBusinessDay(
    @Arg('outletId', () => ID) outletId: string,
    @Arg('businessDate', () => LocalDateResolver) businessDate: string,
    @Arg('reason', () => String, textArg('reason', REASON_MAX, { nullable: true, description: 'kept with a manager’s own approval' }))
    reason: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.days.close(outletId, businessDate, reason ?? null, ctx.caller, ctx.eventMeta);
  }

  @Authorized(...DAY_CLOSE_APPROVER_ROLES)
  @Mutation(() => BusinessDay, {
    description:
      'Approves a pending day close and freezes the date. Above the over/short threshold the approver is not who closed it nor a cashier of the day, and gives a reason',
  })
  approveBusinessDayClose(
    @Arg('outletId', () => ID) outletId: string,
    @Arg('businessDate', () => LocalDateResolver) businessDate: string,
    @Arg('reason', () => String, textArg('reason', REASON_MAX, { nullable: true })) reason: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.days.approve(outletId, businessDate, reason ?? null, ctx.caller, ctx.eventMeta);
  }
}
