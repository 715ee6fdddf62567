import { ArrayMaxSize, ArrayMinSize, IsIn, IsNumber, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IntRange, Text, graphqlEnum } from '@hotelops/kernel';
import { MAX_QUANTITY, QUANTITY_DECIMALS } from '../quantity/quantity.rules';
import { COUNT_KINDS, COUNT_STATUSES, type CountKind, type CountStatus } from './count.rules';

export const CountKindEnum = graphqlEnum(COUNT_KINDS, {
  name: 'StockCountKind',
  valuesConfig: {
    CYCLE: { description: 'rolling cycle count of a few bins (滚动盘点)' },
    FULL: { description: 'full stocktake (大盘点)' },
  },
});
export const CountStatusEnum = graphqlEnum(COUNT_STATUSES, { name: 'StockCountStatus' });

@ObjectType({ description: 'A cycle count or full stocktake; only its bins are frozen while it runs' })
export class StockCount {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  propertyId: string;

  @Field()
  number: string;

  @Field(() => CountKindEnum)
  kind: CountKind;

  @Field(() => CountStatusEnum)
  status: CountStatus;

  @Field({ description: 'Counters do not see book quantities while counting' })
  blind: boolean;

  @Field(() => Int)
  recountThresholdPercent: number;

  @Field(() => Float, { nullable: true, description: 'Value of the posted variance, minor units (negative: a loss)' })
  varianceValueMinor: number | null;

  @Field()
  openedAt: Date;
}

@ObjectType({ description: 'One item in one bin of a count' })
export class StockCountLine {
  @Field(() => ID)
  locationId: string;

  @Field(() => ID)
  itemId: string;

  @Field(() => Float, { nullable: true, description: 'Books when the count opened; hidden while a blind count is being counted' })
  expected: number | null;

  @Field(() => Float, { nullable: true })
  counted: number | null;

  @Field(() => Float, { nullable: true, description: 'counted − expected; hidden while a blind count is being counted' })
  variance: number | null;

  @Field(() => Int)
  recounts: number;

  @Field({ description: 'The variance is over the threshold and the line has not been recounted' })
  needsRecount: boolean;

  @Field(() => String, { nullable: true })
  explanation: string | null;
}

@ObjectType({ description: 'Bin accuracy (货位准确率) and variance of a count' })
export class StockCountSummary {
  @Field(() => Int)
  lines: number;

  @Field(() => Int)
  binsCounted: number;

  @Field(() => Int)
  binsAccurate: number;

  @Field(() => Float, { description: 'binsAccurate / binsCounted, 0–1' })
  accuracy: number;

  @Field(() => Float)
  varianceValueMinor: number;
}

@InputType()
export class OpenStockCountInput {
  @Field(() => ID)
  @IsUUID()
  propertyId: string;

  @Field(() => CountKindEnum)
  @IsIn(COUNT_KINDS)
  kind: CountKind;

  @Field(() => [ID], { nullable: true, description: 'Bins to count; a FULL stocktake without them counts every location' })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(1000)
  locationIds?: string[];

  @Field({ defaultValue: true })
  blind: boolean;

  @Field(() => Int, { defaultValue: 5, description: 'A line whose variance exceeds this percent of the books is recounted' })
  @IntRange(0, 100)
  recountThresholdPercent: number;
}

@InputType()
export class CountedLineInput {
  @Field(() => ID)
  @IsUUID()
  locationId: string;

  @Field(() => ID)
  @IsUUID()
  itemId: string;

  @Field(() => Float, { description: 'What is on the shelf, in the item’s stock unit' })
  @IsNumber({ maxDecimalPlaces: QUANTITY_DECIMALS, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(MAX_QUANTITY)
  counted: number;

  @Field(() => String, { nullable: true, description: 'Why the shelf differs (breakage found, mislabelled bin …)' })
  @Text(200, { optional: true })
  explanation?: string;
}

@InputType()
export class RecordCountInput {
  @Field(() => [CountedLineInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  lines: CountedLineInput[];
}
