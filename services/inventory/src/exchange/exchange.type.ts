import { IsISO8601, IsNumber, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType, ObjectType } from 'type-graphql';
import { Text, graphqlEnum } from '@hotelops/kernel';
import { MAX_QUANTITY, QUANTITY_DECIMALS } from '../quantity/quantity.rules';
import { EXCHANGE_STATUSES, type ExchangeStatus } from './exchange.rules';

export const ExchangeStatusEnum = graphqlEnum(EXCHANGE_STATUSES, { name: 'VendorExchangeStatus' });

const qty = { maxDecimalPlaces: QUANTITY_DECIMALS, allowNaN: false, allowInfinity: false };

@ObjectType({ description: 'A vendor exchange (换货): goods returned against an order line and their replacement' })
export class VendorExchange {
  @Field(() => ID)
  id: string;

  @Field()
  number: string;

  @Field(() => ID)
  supplierId: string;

  @Field(() => ID)
  purchaseOrderId: string;

  @Field(() => ID)
  purchaseOrderLineId: string;

  @Field(() => ID)
  itemId: string;

  @Field(() => ID)
  locationId: string;

  @Field(() => ExchangeStatusEnum)
  status: ExchangeStatus;

  @Field(() => Float, { description: 'Sent back, stock units' })
  returned: number;

  @Field(() => Float, { description: 'Replaced so far, stock units' })
  replaced: number;

  @Field()
  reason: string;

  @Field()
  createdAt: Date;
}

@InputType()
export class StartVendorExchangeInput {
  @Field(() => ID)
  @IsUUID()
  purchaseOrderLineId: string;

  @Field(() => ID, { nullable: true, description: 'Where the goods are taken from (default: the order’s location)' })
  @IsOptional()
  @IsUUID()
  locationId?: string;

  @Field(() => Float, { description: 'Stock units sent back' })
  @IsNumber(qty)
  @Min(0.001)
  @Max(MAX_QUANTITY)
  quantity: number;

  @Field()
  @Text(40)
  reason: string;
}

@InputType()
export class ReceiveReplacementInput {
  @Field(() => Float, { description: 'Stock units received in replacement' })
  @IsNumber(qty)
  @Min(0.001)
  @Max(MAX_QUANTITY)
  quantity: number;

  @Field(() => ID, { nullable: true, description: 'Putaway bin (default: where the goods were taken from)' })
  @IsOptional()
  @IsUUID()
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
