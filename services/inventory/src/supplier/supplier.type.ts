import { IsNumber, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { AmountMinor, IntRange, Text } from '@hotelops/kernel';
import { MAX_QUANTITY, QUANTITY_DECIMALS } from '../quantity/quantity.rules';

@ObjectType({ description: 'A vendor the store buys from' })
export class Supplier {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  propertyId: string;

  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => Int, { description: 'Days from sending an order to delivery' })
  leadTimeDays: number;

  @Field()
  currency: string;

  @Field(() => String, { nullable: true })
  contact: string | null;
}

@ObjectType({ description: 'A supplier’s price for an item per purchase unit' })
export class SupplierPrice {
  @Field(() => ID)
  supplierId: string;

  @Field(() => ID)
  itemId: string;

  @Field()
  unit: string;

  @Field(() => Int, { description: 'Per purchase unit, minor units of the supplier’s currency' })
  priceMinor: number;

  @Field(() => Float, { description: 'Minimum order quantity in the purchase unit' })
  minOrderQuantity: number;
}

@InputType()
export class CreateSupplierInput {
  @Field(() => ID)
  @IsUUID()
  propertyId: string;

  @Field()
  @Matches(/^[A-Z0-9][A-Z0-9-]{0,19}$/, { message: 'code must be 1–20 upper-case letters, digits or dashes' })
  code: string;

  @Field()
  @Text(200)
  name: string;

  @Field(() => Int)
  @IntRange(0, 365)
  leadTimeDays: number;

  @Field(() => String, { nullable: true, description: 'ISO 4217; default: the property’s currency' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as CNY' })
  currency?: string;

  @Field(() => String, { nullable: true })
  @Text(200, { optional: true })
  contact?: string;
}

@InputType()
export class SetSupplierPriceInput {
  @Field(() => ID)
  @IsUUID()
  supplierId: string;

  @Field(() => ID)
  @IsUUID()
  itemId: string;

  @Field({ description: 'Purchase unit: the stock unit, a metric unit, or one of the item’s pack units' })
  @Matches(/^\S(.{0,18}\S)?$/, { message: 'unit must be 1–20 characters without surrounding spaces' })
  unit: string;

  @Field(() => Int)
  @AmountMinor({ min: 0 })
  priceMinor: number;

  @Field(() => Float, { defaultValue: 0 })
  @IsNumber({ maxDecimalPlaces: QUANTITY_DECIMALS, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(MAX_QUANTITY)
  minOrderQuantity: number;
}
