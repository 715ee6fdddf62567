import { IsOptional, IsUUID, Matches } from 'class-validator';
import { Directive, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection, Money, graphqlEnum } from '@hotelops/kernel';
import {
  MAX_LINE_QUANTITY,
  ORDER_STATUSES,
  PAYMENT_METHODS,
  SETTLEMENTS,
  type OrderStatus,
  type PaymentMethod,
  type Settlement,
} from './order.rules';

export const FnbOrderStatusEnum = graphqlEnum(ORDER_STATUSES, {
  name: 'FnbOrderStatus',
  description: 'OPEN → SENT (to the kitchen) → SETTLED; OPEN/SENT → VOIDED',
});
export const FnbSettlementEnum = graphqlEnum(SETTLEMENTS, {
  name: 'FnbSettlement',
  description: "ROOM_CHARGE posts to the reservation's folio; DIRECT is paid at the outlet",
});
export const FnbPaymentMethodEnum = graphqlEnum(PAYMENT_METHODS, { name: 'FnbPaymentMethod', description: 'MOBILE: WeChat Pay, Alipay' });

@ObjectType({ description: 'A menu item on an order, at its name and price when ordered' })
export class OrderLine {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  menuItemId: string;

  @Field()
  name: string;

  @Field(() => Money)
  unitPrice: Money;

  @Field(() => Int)
  quantity: number;

  @Field(() => Money, { description: 'unit price × quantity' })
  amount: Money;

  @Field(() => Date, { nullable: true, description: 'When the kitchen received it; null until sent' })
  sentAt: Date | null;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A guest order at an outlet (dine-in table, bar tab or room service)' })
export class Order {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  propertyId: string;

  @Field(() => ID)
  outletId: string;

  @Field(() => String, { nullable: true })
  tableNumber: string | null;

  @Field(() => FnbOrderStatusEnum)
  status: OrderStatus;

  @Field(() => FnbSettlementEnum, { nullable: true, description: 'Set when SETTLED' })
  settlement: Settlement | null;

  @Field(() => FnbPaymentMethodEnum, { nullable: true, description: 'Set for DIRECT settlement' })
  paymentMethod: PaymentMethod | null;

  @Field(() => String, { nullable: true })
  voidReason: string | null;

  @Field(() => ID, { nullable: true, description: 'Employee who voided the order' })
  voidedBy: string | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => Date, { nullable: true })
  settledAt: Date | null;

  @Field(() => Date, { nullable: true })
  voidedAt: Date | null;
}

@InputType()
export class OrderLineInput {
  @Field(() => ID)
  menuItemId: string;

  // Checked by the order rules, so openOrder and addOrderLines report a bad quantity alike.
  @Field(() => Int, { defaultValue: 1, description: `1–${MAX_LINE_QUANTITY}` })
  quantity: number;
}

@InputType()
export class OpenOrderInput {
  @Field(() => ID)
  @IsUUID()
  outletId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Za-z0-9-]{1,10}$/, { message: 'tableNumber must be 1–10 letters, digits or dashes' })
  tableNumber?: string;

  @Field(() => ID, { nullable: true, description: "The guest's stay (room service, or a room charge later)" })
  @IsOptional()
  @IsUUID()
  reservationId?: string;

  @Field(() => [OrderLineInput])
  lines: OrderLineInput[];
}

@ObjectType()
export class OrderConnection extends Connection(Order) {}
