import { LocalDateResolver, SafeIntResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { Outlet } from '../outlet/outlet.type';
import { Checklist } from '../service/service.type';

@ObjectType({ description: 'A sum of money over many checks, in minor units (may exceed a 32-bit Int)' })
export class FnbTotal {
  @Field(() => SafeIntResolver)
  amountMinor: number;

  @Field()
  currency: string;

  static of(amountMinor: number, currency: string): FnbTotal {
    return Object.assign(new FnbTotal(), { amountMinor, currency });
  }
}

@ObjectType()
export class CategoryRevenue {
  @Field()
  category: string;

  @Field(() => Int)
  quantity: number;

  @Field(() => FnbTotal)
  revenue: FnbTotal;
}

@ObjectType()
export class PeriodRevenue {
  @Field()
  name: string;

  @Field(() => Int)
  orders: number;

  @Field(() => Int)
  covers: number;

  @Field(() => FnbTotal)
  revenue: FnbTotal;
}

@ObjectType({ description: 'Voids, comps, discounts or refunds of the day' })
export class AdjustmentSummary {
  @Field()
  kind: string;

  @Field(() => Int)
  count: number;

  @Field(() => FnbTotal)
  amount: FnbTotal;
}

@ObjectType()
export class PaymentMix {
  @Field()
  method: string;

  @Field({ description: 'PAYMENT or REFUND' })
  kind: string;

  @Field(() => Int)
  count: number;

  @Field(() => FnbTotal)
  amount: FnbTotal;
}

@ObjectType({ description: '营业报告: an outlet’s business of one date' })
export class DailyBusinessReport {
  @Field(() => Outlet)
  outlet: Outlet;

  @Field(() => LocalDateResolver)
  businessDate: string;

  @Field({ description: 'The date was closed (日结) and is frozen' })
  closed: boolean;

  @Field(() => Int)
  covers: number;

  @Field(() => Int, { description: 'settled bills' })
  checks: number;

  @Field(() => Int, { description: 'settled orders' })
  orders: number;

  @Field(() => FnbTotal, { description: 'settled bills before discounts (comped and voided lines excluded)' })
  grossRevenue: FnbTotal;

  @Field(() => FnbTotal)
  discounts: FnbTotal;

  @Field(() => FnbTotal, { description: 'gross − discounts; tips excluded' })
  netRevenue: FnbTotal;

  @Field(() => FnbTotal)
  tips: FnbTotal;

  @Field(() => FnbTotal, { description: 'net revenue ÷ checks' })
  averageCheck: FnbTotal;

  @Field(() => FnbTotal, { description: 'net revenue ÷ covers' })
  averagePerCover: FnbTotal;

  @Field(() => [CategoryRevenue])
  revenueByCategory: CategoryRevenue[];

  @Field(() => [PeriodRevenue])
  revenueByPeriod: PeriodRevenue[];

  @Field(() => [AdjustmentSummary], { description: 'approved voids, comps, discounts and refunds' })
  adjustments: AdjustmentSummary[];

  @Field(() => [PaymentMix])
  paymentMix: PaymentMix[];

  @Field(() => [Checklist], { description: 'Closing checks (收市检查) recorded after service' })
  closingChecks: Checklist[];
}
