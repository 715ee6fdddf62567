import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '@hotelops/kernel';
import { MAX_AMOUNT_MINOR } from '../order/order.rules';
import { TENDER_METHODS, type TenderMethod } from '../till/till.rules';
import { BILL_STATUSES, MAX_SPLIT_PARTS, SPLIT_MODES, type BillStatus, type SplitMode } from './bill.rules';

export const BillStatusEnum = graphqlEnum(BILL_STATUSES, {
  name: 'BillStatus',
  description: 'OPEN → SETTLED (never changes again) or MERGED into another bill',
});
export const SplitModeEnum = graphqlEnum(SPLIT_MODES, { name: 'BillSplitMode' });
export const TenderMethodEnum = graphqlEnum(TENDER_METHODS, {
  name: 'TenderMethod',
  description: 'WECHAT_PAY and ALIPAY are the mobile methods',
});

@ObjectType()
export class BillLine {
  @Field(() => ID, { nullable: true })
  orderLineId: string | null;

  @Field()
  description: string;

  @Field(() => Int, { nullable: true })
  seat: number | null;

  @Field(() => Int)
  amountMinor: number;
}

@ObjectType({ description: 'Money taken (PAYMENT) or given back (REFUND) on a bill, against a till' })
export class Payment {
  @Field(() => ID)
  id: string;

  @Field()
  kind: string;

  @Field(() => TenderMethodEnum)
  method: TenderMethod;

  @Field(() => Int)
  amountMinor: number;

  @Field(() => ID)
  tillId: string;

  @Field(() => ID, { nullable: true })
  cashierId: string | null;

  @Field(() => ID, { nullable: true })
  reservationId: string | null;

  @Field({ description: 'room charges: SENT, POSTED or REJECTED by the folio' })
  postingStatus: string;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field()
  createdAt: Date;
}

@ObjectType({ description: '发票: an invoice / fiscal receipt issued on request' })
export class Invoice {
  @Field(() => ID)
  id: string;

  @Field()
  number: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  taxId: string | null;

  @Field(() => Int)
  amountMinor: number;

  @Field()
  issuedAt: Date;
}

@ObjectType({ description: 'A check: a whole order or one part of a split' })
export class Bill {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  orderId: string;

  @Field(() => ID)
  outletId: string;

  @Field(() => LocalDateResolver)
  businessDate: string;

  @Field(() => BillStatusEnum)
  status: BillStatus;

  @Field(() => ID, { nullable: true })
  mergedIntoId: string | null;

  @Field(() => String, { nullable: true, description: 'why the folio refused the room charge' })
  openBalanceReason: string | null;

  @Field(() => Date, { nullable: true })
  settledAt: Date | null;
}

@InputType()
export class TenderInput {
  @Field(() => TenderMethodEnum)
  @IsIn(TENDER_METHODS)
  method: TenderMethod;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(MAX_AMOUNT_MINOR)
  amountMinor: number;

  @Field(() => ID, { nullable: true, description: 'ROOM_CHARGE: the in-house stay' })
  @IsOptional()
  @IsUUID()
  reservationId?: string;
}

@InputType()
export class SplitAssignmentInput {
  @Field(() => ID)
  @IsUUID()
  lineId: string;

  @Field(() => Int, { description: `bill number 1–${MAX_SPLIT_PARTS}` })
  @IsInt()
  @Min(1)
  @Max(MAX_SPLIT_PARTS)
  part: number;
}

@InputType()
export class BillSplitInput {
  @Field(() => SplitModeEnum, { defaultValue: 'SINGLE' })
  @IsIn(SPLIT_MODES)
  mode: SplitMode;

  @Field(() => Int, { nullable: true, description: 'EQUAL: how many shares' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_SPLIT_PARTS)
  parts?: number;

  @Field(() => [SplitAssignmentInput], { nullable: true, description: 'BY_ITEM: which bill each line goes on' })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  assignments?: SplitAssignmentInput[];
}
