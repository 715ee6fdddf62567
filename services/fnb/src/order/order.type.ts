import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Directive, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection, Money, graphqlEnum } from '@hotelops/kernel';
import { COURSES, type Course, type Station } from '../menu/menu.rules';
import { CourseEnum, StationEnum } from '../menu/menu-item.type';
import {
  LINE_STATUSES,
  MAX_LINE_QUANTITY,
  MAX_SEAT,
  ORDER_KINDS,
  ORDER_STATUSES,
  type LineStatus,
  type OrderKind,
  type OrderStatus,
} from './order.rules';

export const FnbOrderStatusEnum = graphqlEnum(ORDER_STATUSES, {
  name: 'FnbOrderStatus',
  description: 'OPEN (taking lines, firing courses) → BILLED → SETTLED (its last bill paid); OPEN → VOIDED',
});
export const FnbOrderKindEnum = graphqlEnum(ORDER_KINDS, {
  name: 'FnbOrderKind',
  description: 'DINE_IN at a table; ROOM_SERVICE for an in-house stay; WALK_IN',
});
export const FnbLineStatusEnum = graphqlEnum(LINE_STATUSES, { name: 'FnbLineStatus' });

@ObjectType()
export class ChosenModifier {
  @Field(() => ID)
  modifierId: string;

  @Field()
  name: string;

  @Field(() => Int)
  priceDeltaMinor: number;
}

@ObjectType({ description: 'A menu item on an order, at its name and price when ordered' })
export class OrderLine {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  menuItemId: string;

  @Field()
  name: string;

  @Field()
  category: string;

  @Field(() => CourseEnum)
  course: Course;

  @Field(() => StationEnum)
  station: Station;

  @Field(() => Int, { nullable: true })
  seat: number | null;

  @Field(() => [ChosenModifier])
  modifiers: ChosenModifier[];

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => Money, { description: 'item price in force when ordered plus modifier deltas' })
  unitPrice: Money;

  @Field(() => Int)
  quantity: number;

  @Field(() => Money, { description: 'unit price × quantity (what a comp or void takes off)' })
  amount: Money;

  @Field(() => FnbLineStatusEnum)
  status: LineStatus;

  @Field(() => ID, { nullable: true })
  ticketId: string | null;

  @Field(() => Date, { nullable: true, description: 'When its course was fired to the kitchen; null until then' })
  firedAt: Date | null;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A guest order at an outlet (dine-in table, walk-in or room service)' })
export class Order {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  propertyId: string;

  @Field(() => ID)
  outletId: string;

  @Field(() => FnbOrderKindEnum)
  kind: OrderKind;

  @Field(() => ID, { nullable: true })
  tableId: string | null;

  @Field(() => String, { nullable: true })
  tableNumber: string | null;

  @Field(() => Int)
  covers: number;

  @Field(() => LocalDateResolver)
  businessDate: string;

  @Field(() => FnbOrderStatusEnum)
  status: OrderStatus;

  @Field(() => String, { nullable: true })
  voidReason: string | null;

  @Field(() => ID, { nullable: true, description: 'Employee who asked for the void' })
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

  @Field(() => Int, { nullable: true, description: `seat number 1–${MAX_SEAT}` })
  seat?: number;

  @Field(() => [ID], { nullable: true, description: "chosen modifiers, within each of the item's groups' limits" })
  @IsOptional()
  @ArrayMaxSize(20)
  modifierIds?: string[];

  @Field(() => CourseEnum, { nullable: true, description: "default: the item's course" })
  @IsOptional()
  @IsIn(COURSES)
  course?: Course;

  @Field(() => String, { nullable: true, description: 'to the kitchen, e.g. "no coriander"' })
  @IsOptional()
  @Length(0, 200)
  note?: string;
}

@InputType()
export class OpenOrderInput {
  @Field(() => ID)
  @IsUUID()
  outletId: string;

  @Field(() => FnbOrderKindEnum, { defaultValue: 'WALK_IN' })
  @IsIn(ORDER_KINDS)
  kind: OrderKind;

  @Field(() => ID, { nullable: true, description: 'DINE_IN: the seated table' })
  @IsOptional()
  @IsUUID()
  tableId?: string;

  @Field(() => Int, { nullable: true, description: "default: the table's covers, else 1" })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(200)
  covers?: number;

  @Field(() => ID, { nullable: true, description: "The guest's stay (required for ROOM_SERVICE; VIP flags come from it)" })
  @IsOptional()
  @IsUUID()
  reservationId?: string;

  @Field(() => [OrderLineInput])
  @ValidateNested({ each: true })
  lines: OrderLineInput[];
}

@ObjectType()
export class OrderConnection extends Connection(Order) {}
