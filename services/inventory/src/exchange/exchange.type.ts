import { IsISO8601, IsOptional, Length } from 'class-validator';
import { Field, Float, ID, InputType, ObjectType } from 'type-graphql';
import { Text, graphqlEnum } from '@hotelops/kernel';
import { IdField, Quantity } from '../quantity/quantity.type';
import { EXCHANGE_STATUSES, type ExchangeStatus } from './exchange.rules';

export const ExchangeStatusEnum = graphqlEnum(EXCHANGE_STATUSES, { name: 'VendorExchangeStatus' });

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
  @IdField()
  purchaseOrderLineId: string;

  @IdField({ nullable: true, description: 'Where the goods are taken from (default: the order’s location)' })
  locationId?: string;

  @Field(() => Float, { description: 'Stock units sent back' })
  @Quantity()
  quantity: number;

  @Field()
  @Text(40)
  reason: string;
}

@InputType()
export class ReceiveReplacementInput {
  @Field(() => Float, { description: 'Stock units received in replacement' })
  @Quantity()
  quantity: number;

  @IdField({ nullable: true, description: 'Putaway bin (default: where the goods were taken from)' })
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
