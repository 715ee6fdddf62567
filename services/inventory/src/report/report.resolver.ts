import { Arg, Authorized, Ctx, Field, Float, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { textArg, uuidArg, type RequestContext } from '@hotelops/kernel';
import type { InventoryServices } from '../composition';
import type { ReportService } from './report.service';
import { STORE_KEEPERS } from '../roles/inventory-roles';

@ObjectType()
export class ShrinkageByReason {
  @Field()
  reason: string;

  @Field(() => Float)
  valueMinor: number;
}

@ObjectType({ description: 'Shrinkage (灭失/损耗): explained by write-offs, unexplained by count variance' })
export class ShrinkageReport {
  @Field(() => [ShrinkageByReason])
  explained: ShrinkageByReason[];

  @Field(() => Float)
  explainedMinor: number;

  @Field(() => Float, { description: 'Count losses (盘亏)' })
  unexplainedLossMinor: number;

  @Field(() => Float, { description: 'Count gains (盘盈)' })
  unexplainedGainMinor: number;

  @Field(() => Float)
  unexplainedNetMinor: number;

  @Field(() => Float)
  totalMinor: number;
}

@ObjectType()
export class CategoryValue {
  @Field()
  category: string;

  @Field(() => Float, { description: 'Minor units of `currency`' })
  valueMinor: number;

  @Field({ description: 'The property’s currency (ISO 4217)' })
  currency: string;
}

@ObjectType()
export class LocationValue {
  @Field(() => ID)
  locationId: string;

  @Field(() => Float, { description: 'Minor units of `currency`' })
  valueMinor: number;

  @Field({ description: 'The property’s currency (ISO 4217)' })
  currency: string;
}

@ObjectType({ description: 'Turnover (周转率): used ÷ average stock value' })
export class CategoryTurnover {
  @Field()
  category: string;

  @Field(() => Float)
  usedMinor: number;

  @Field(() => Float)
  averageStockMinor: number;

  @Field(() => Float, { nullable: true })
  turnover: number | null;
}

@ObjectType({ description: 'An item that does not move (滞销) or is above twice its par (积压)' })
export class SlowMover {
  @Field(() => ID)
  itemId: string;

  @Field()
  sku: string;

  @Field(() => Float)
  onHand: number;

  @Field(() => Float)
  valueMinor: number;

  @Field(() => String, { nullable: true })
  lastMovedOut: string | null;

  @Field()
  slow: boolean;

  @Field()
  overstock: boolean;
}

@ObjectType()
export class DepartmentConsumption {
  @Field()
  department: string;

  @Field(() => ID, { nullable: true })
  outletId: string | null;

  @Field(() => Float)
  valueMinor: number;
}

const READERS = [...STORE_KEEPERS, 'fnb-manager'];
const from = textArg('from', 30, { description: 'ISO date or timestamp, inclusive' });
const to = textArg('to', 30, { description: 'ISO date or timestamp, exclusive' });

@Resolver()
export class ReportResolver {
  private readonly service: ReportService;
  constructor({ reports }: InventoryServices) {
    this.service = reports;
  }

  @Authorized(...READERS)
  @Query(() => ShrinkageReport, { description: 'Shrinkage in [from, to), optionally of one outlet' })
  shrinkageReport(
    @Arg('propertyId', () => ID, uuidArg('propertyId')) propertyId: string,
    @Arg('from', from) f: string,
    @Arg('to', to) t: string,
    @Arg('outletId', () => ID, uuidArg('outletId', { nullable: true })) outletId: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.shrinkage(propertyId, { from: f, to: t }, ctx.caller, outletId);
  }

  @Authorized(...READERS)
  @Query(() => [CategoryValue], { description: 'Stock value by category at a moment (default now)' })
  stockValueByCategory(
    @Arg('propertyId', () => ID, uuidArg('propertyId')) propertyId: string,
    @Arg('asOf', () => String, textArg('asOf', 30, { nullable: true })) asOf: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.valueByCategory(propertyId, ctx.caller, asOf);
  }

  @Authorized(...READERS)
  @Query(() => [LocationValue], { description: 'Stock value per location now' })
  stockValueByLocation(@Arg('propertyId', () => ID, uuidArg('propertyId')) propertyId: string, @Ctx() ctx: RequestContext) {
    return this.service.valueByLocation(propertyId, ctx.caller);
  }

  @Authorized(...READERS)
  @Query(() => [CategoryTurnover])
  stockTurnover(
    @Arg('propertyId', () => ID, uuidArg('propertyId')) propertyId: string,
    @Arg('from', from) f: string,
    @Arg('to', to) t: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.turnover(propertyId, { from: f, to: t }, ctx.caller);
  }

  @Authorized(...READERS)
  @Query(() => [SlowMover], { description: 'Items not moved out since `since`, or above twice their par' })
  slowMovers(
    @Arg('propertyId', () => ID, uuidArg('propertyId')) propertyId: string,
    @Arg('since', textArg('since', 30)) since: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.slowMovers(propertyId, since, ctx.caller);
  }

  @Authorized(...READERS, 'housekeeping')
  @Query(() => [DepartmentConsumption], { description: 'Consumption value by department and outlet over business dates [from, to]' })
  consumptionByDepartment(
    @Arg('propertyId', () => ID, uuidArg('propertyId')) propertyId: string,
    @Arg('from', textArg('from', 10)) f: string,
    @Arg('to', textArg('to', 10)) t: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.consumptionByDepartment(propertyId, f, t, ctx.caller);
  }
}
