import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { intArg, uuidArg, type RequestContext } from '@hotelops/kernel';
import type { InventoryServices } from '../composition';
import type { CountEntity, CountLineEntity } from './count.entity';
import { needsRecount, variance } from './count.rules';
import type { CountService } from './count.service';
import type { CyclePlanService } from './cycle-plan.service';
import { OpenStockCountInput, RecordCountInput, StockCount, StockCountLine, StockCountSummary } from './count.type';
import { STORE_APPROVERS, STORE_KEEPERS } from '../roles/inventory-roles';

/** Who counts; approval (which posts the variance to the ledger) is the general manager's. */
const COUNTERS = [...STORE_KEEPERS];

@ObjectType({ description: 'A bin due for its rolling cycle count (滚动盘点) by ABC class' })
export class CycleCountDue {
  @Field(() => ID)
  locationId: string;

  @Field({ description: 'A: monthly, B: quarterly, C: twice a year' })
  abcClass: string;

  @Field(() => String, { nullable: true })
  lastCountedOn: string | null;

  @Field(() => String, { nullable: true, description: 'null: never counted' })
  dueOn: string | null;
}

@Resolver(() => StockCount)
export class CountResolver {
  private readonly service: CountService;
  private readonly plans: CyclePlanService;
  constructor({ counts, cyclePlans }: InventoryServices) {
    this.service = counts;
    this.plans = cyclePlans;
  }

  @Authorized(...COUNTERS)
  @Query(() => [CycleCountDue], { description: 'Bins due for a cycle count today, A class first (open them with openStockCount)' })
  cycleCountPlan(
    @Arg('propertyId', () => ID, uuidArg('propertyId')) propertyId: string,
    @Arg('limit', () => Int, intArg('limit', 1, 200, { nullable: true })) limit: number | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.plans.plan(propertyId, ctx.caller, limit ?? 20);
  }

  @Authorized(...COUNTERS)
  @Query(() => [StockCount], { description: 'Counts of a property, newest first (at most 100)' })
  stockCounts(@Arg('propertyId', () => ID, uuidArg('propertyId')) propertyId: string, @Ctx() ctx: RequestContext) {
    return this.service.list(propertyId, ctx.caller);
  }

  @Authorized(...COUNTERS)
  @Query(() => StockCount)
  stockCount(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.get(id, ctx.caller);
  }

  @FieldResolver(() => [StockCountLine], { description: 'Count sheet lines, by bin (at most 1000; filter by bin for more)' })
  async lines(
    @Root() count: CountEntity,
    @Arg('locationId', () => ID, { nullable: true }) locationId: string | undefined,
  ): Promise<StockCountLine[]> {
    const hide = count.blind && (count.status === 'OPEN' || count.status === 'RECOUNT');
    return (await this.service.lines(count.id, locationId)).map((l: CountLineEntity) => ({
      locationId: l.locationId,
      itemId: l.itemId,
      expected: hide ? null : l.expected,
      counted: l.counted,
      variance: hide || l.counted == null ? null : variance(l),
      recounts: l.recounts,
      needsRecount: count.status === 'RECOUNT' && l.recounts === 0 && needsRecount(l, count.recountThresholdPercent),
      explanation: l.explanation,
    }));
  }

  @FieldResolver(() => StockCountSummary, { description: 'Bin accuracy and variance value (after counting ends)' })
  summary(@Root() count: CountEntity) {
    return this.service.summary(count.id);
  }

  @Authorized(...COUNTERS)
  @Mutation(() => StockCount, { description: 'Opens a cycle count or stocktake: freezes its bins and snapshots their books' })
  openStockCount(@Arg('input') input: OpenStockCountInput, @Ctx() ctx: RequestContext) {
    return this.service.open(input, ctx.caller);
  }

  @Authorized(...COUNTERS)
  @Mutation(() => StockCount, { description: 'Records counted quantities from a count sheet' })
  recordStockCount(@Arg('id', () => ID) id: string, @Arg('input') input: RecordCountInput, @Ctx() ctx: RequestContext) {
    return this.service.record(id, input.lines, ctx.caller);
  }

  @Authorized(...COUNTERS)
  @Mutation(() => StockCount, { description: 'Ends counting: RECOUNT when lines exceed the threshold, else COUNTED' })
  submitStockCount(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.submit(id, ctx.caller);
  }

  @Authorized(...STORE_APPROVERS)
  @Mutation(() => StockCount, { description: 'Approves a counted count: posts the variance to the ledger and thaws its bins' })
  approveStockCount(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.approve(id, ctx.caller, ctx.eventMeta);
  }

  @Authorized(...COUNTERS)
  @Mutation(() => StockCount, { description: 'Cancels a count that is not posted: thaws its bins, posts nothing' })
  cancelStockCount(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.cancel(id, ctx.caller);
  }
}
