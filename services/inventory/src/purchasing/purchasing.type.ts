import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IntRange, Text, graphqlEnum } from '@hotelops/kernel';
import { IdField, Lines, Quantity } from '../quantity/quantity.type';
import { DEDUCTION_KINDS, PO_STATUSES, type DeductionKind, type PoStatus } from './purchasing.rules';

export const PoStatusEnum = graphqlEnum(PO_STATUSES, { name: 'PurchaseOrderStatus' });
export const DeductionKindEnum = graphqlEnum(DEDUCTION_KINDS, {
  name: 'WeightDeductionKind',
  valuesConfig: {
    PACKAGING: { description: 'boxes, crates, wrapping (皮重)' },
    ICE: { description: 'ice glaze or ice packed with seafood' },
    MOISTURE: { description: 'excess water, as a percent of gross' },
  },
});

@ObjectType()
export class PurchaseOrderLine {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  itemId: string;

  @Field()
  unit: string;

  @Field(() => Float, { description: 'Ordered, in the purchase unit' })
  quantity: number;

  @Field(() => Float, { description: 'Stock units per purchase unit' })
  factor: number;

  @Field(() => Int)
  unitPriceMinor: number;

  @Field(() => Float, { description: 'Accepted so far, stock units' })
  received: number;

  @Field(() => Float, { description: 'Rejected so far, stock units' })
  rejected: number;
}

@ObjectType({ description: 'A purchase order (采购单): DRAFT → APPROVED → SENT → PARTLY_RECEIVED → RECEIVED → CLOSED' })
export class PurchaseOrder {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  propertyId: string;

  @Field()
  number: string;

  @Field(() => ID)
  supplierId: string;

  @Field(() => ID)
  locationId: string;

  @Field(() => PoStatusEnum)
  status: PoStatus;

  @Field(() => Float, { description: 'Minor units of `currency`' })
  totalMinor: number;

  @Field({ description: 'The supplier’s currency (by default the property’s), ISO 4217' })
  currency: string;

  @Field(() => String, { nullable: true })
  expectedOn: string | null;

  @Field(() => Int, { description: 'Over/under delivery accepted, percent of each line' })
  tolerancePercent: number;

  @Field(() => Date, { nullable: true })
  approvedAt: Date | null;
}

@ObjectType()
export class ReceiptLine {
  @Field(() => ID)
  purchaseOrderLineId: string;

  @Field(() => ID)
  itemId: string;

  @Field(() => ID, { description: 'The bin it was put away to' })
  locationId: string;

  @Field(() => Float, { description: 'Net delivered, stock units' })
  delivered: number;

  @Field(() => Float, { description: 'Weight deducted (packaging, ice, moisture), stock units' })
  deducted: number;

  @Field(() => Float)
  accepted: number;

  @Field(() => Float)
  rejected: number;

  @Field(() => String, { nullable: true })
  rejectReason: string | null;

  @Field(() => String, { nullable: true })
  lot: string | null;

  @Field(() => String, { nullable: true })
  expiresOn: string | null;
}

@ObjectType({ description: 'A delivery received against a purchase order (收货)' })
export class Receipt {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  purchaseOrderId: string;

  @Field(() => String, { nullable: true })
  deliveryNote: string | null;

  @Field(() => Boolean, { nullable: true, description: 'By the order’s expected date' })
  onTime: boolean | null;

  @Field(() => Float, { nullable: true })
  temperatureC: number | null;

  @Field()
  packagingOk: boolean;

  @Field()
  expiryOk: boolean;

  @Field()
  receivedAt: Date;
}

@ObjectType({ description: 'Receiving KPIs of a period' })
export class ReceivingKpis {
  @Field(() => Int)
  receipts: number;

  @Field(() => Float, { nullable: true, description: 'Share of receipts delivered by the expected date, 0–1' })
  onTimeRate: number | null;

  @Field(() => Float, { nullable: true, description: 'Rejected share of what was delivered, 0–1' })
  rejectionRate: number | null;
}

@InputType()
export class PurchaseOrderLineInput {
  @IdField()
  itemId: string;

  @Field()
  @Matches(/^\S(.{0,18}\S)?$/, { message: 'unit must be 1–20 characters without surrounding spaces' })
  unit: string;

  @Field(() => Float)
  @Quantity()
  quantity: number;
}

@InputType()
export class CreatePurchaseOrderInput {
  @IdField()
  supplierId: string;

  @Field(() => ID, { description: 'Where it will be received' })
  @IsUUID()
  locationId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Length(10, 10)
  expectedOn?: string;

  @Field(() => Int, { defaultValue: 5 })
  @IntRange(0, 50)
  tolerancePercent: number;

  @Field(() => String, { nullable: true })
  @Text(500, { optional: true })
  note?: string;

  @Field(() => [PurchaseOrderLineInput])
  @Lines()
  lines: PurchaseOrderLineInput[];
}

@InputType()
export class DeductionInput {
  @Field(() => DeductionKindEnum)
  @IsIn(DEDUCTION_KINDS)
  kind: DeductionKind;

  @Field(() => Float, { nullable: true, description: 'Weight off, in the line’s purchase unit' })
  @IsOptional()
  @Quantity({ min: 0 })
  weight?: number;

  @Field(() => Float, { nullable: true, description: 'Percent of gross weight off' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(99.99)
  percent?: number;
}

@InputType()
export class ReceiptLineInput {
  @IdField()
  purchaseOrderLineId: string;

  @Field(() => Float, { description: 'Delivered in the purchase unit; gross weight for weighed goods' })
  @Quantity()
  delivered: number;

  @Field(() => [DeductionInput], { nullable: true, description: 'Weight deductions (收货扣重)' })
  @IsOptional()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  deductions?: DeductionInput[];

  @Field(() => Float, { nullable: true, description: 'Refused at the door, purchase unit' })
  @IsOptional()
  @Quantity({ min: 0 })
  rejected?: number;

  @Field(() => String, { nullable: true })
  @Text(40, { optional: true })
  rejectReason?: string;

  @IdField({ nullable: true, description: 'Putaway bin (default: the order’s location)' })
  binId?: string;

  @Field(() => String, { nullable: true })
  @Text(40, { optional: true })
  lot?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Length(10, 10)
  expiresOn?: string;
}

@InputType({ description: 'Quality checks at the door' })
export class QualityCheckInput {
  @Field(() => Float, { nullable: true, description: 'Core temperature of chilled/frozen goods' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 1, allowNaN: false, allowInfinity: false })
  @Min(-60)
  @Max(100)
  temperatureC?: number;

  @Field()
  @IsBoolean()
  packagingOk: boolean;

  @Field()
  @IsBoolean()
  expiryOk: boolean;

  @Field(() => String, { nullable: true })
  @Text(500, { optional: true })
  note?: string;
}

@InputType()
export class ReceivePurchaseOrderInput {
  @IdField()
  purchaseOrderId: string;

  @Field(() => String, { nullable: true })
  @Text(100, { optional: true })
  deliveryNote?: string;

  @Field(() => QualityCheckInput)
  @ValidateNested()
  quality: QualityCheckInput;

  @Field(() => [ReceiptLineInput])
  @Lines()
  lines: ReceiptLineInput[];
}

@InputType()
export class ReturnToVendorInput {
  @IdField()
  supplierId: string;

  @IdField()
  itemId: string;

  @IdField()
  locationId: string;

  @Field(() => Float)
  @Quantity()
  quantity: number;

  @Field()
  @Text(40)
  reason: string;
}
