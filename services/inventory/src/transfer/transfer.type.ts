import { IsUUID } from 'class-validator';
import { Field, Float, ID, InputType, ObjectType } from 'type-graphql';
import { Text, graphqlEnum } from '@hotelops/kernel';
import { IdField, Lines, Quantity } from '../quantity/quantity.type';
import { REQUISITION_STATUSES, TRANSFER_STATUSES, type RequisitionStatus, type TransferStatus } from './transfer.rules';

export const TransferStatusEnum = graphqlEnum(TRANSFER_STATUSES, { name: 'StockTransferStatus' });
export const RequisitionStatusEnum = graphqlEnum(REQUISITION_STATUSES, { name: 'StoreRequisitionStatus' });

@ObjectType()
export class StockTransferLine {
  @Field(() => ID)
  itemId: string;

  @Field(() => Float)
  quantity: number;

  @Field(() => Float)
  received: number;

  @Field(() => String, { nullable: true, description: 'Why the last receipt of this line came short' })
  shortReason?: string | null;

  /** written off as transit loss (the `lost` field) */
  lost?: number;
}

@ObjectType({ description: 'A transfer (调拨): sent (TRANSFER_OUT, in transit), then received (TRANSFER_IN)' })
export class StockTransfer {
  @Field(() => ID)
  id: string;

  @Field()
  number: string;

  @Field(() => ID)
  fromLocationId: string;

  @Field(() => ID)
  toLocationId: string;

  @Field(() => TransferStatusEnum)
  status: TransferStatus;

  @Field(() => ID, { nullable: true })
  requisitionId: string | null;

  @Field(() => [StockTransferLine])
  lines: StockTransferLine[];

  @Field()
  createdAt: Date;
}

@ObjectType()
export class StoreRequisitionLine {
  @Field(() => ID)
  lineId: string;

  @Field(() => ID)
  itemId: string;

  @Field(() => Float)
  requested: number;

  @Field(() => Float)
  picked: number;

  @Field(() => Float)
  delivered: number;
}

@ObjectType({ description: 'An outlet’s requisition (提货单) as the store works it' })
export class StoreRequisition {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  outletId: string;

  @Field(() => RequisitionStatusEnum)
  status: RequisitionStatus;

  @Field(() => [StoreRequisitionLine])
  lines: StoreRequisitionLine[];

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => String, { nullable: true })
  neededBy: string | null;

  @Field()
  requestedAt: Date;
}

@InputType()
export class TransferLineInput {
  @IdField()
  itemId: string;

  @Field(() => Float)
  @Quantity()
  quantity: number;
}

@InputType()
export class ReceiveTransferLineInput {
  @IdField()
  itemId: string;

  @Field(() => Float, { description: 'What arrived, stock units (0 when none of it did)' })
  @Quantity({ min: 0 })
  quantity: number;

  @Field(() => String, { nullable: true, description: 'Why less arrived than is in transit' })
  @Text(200, { optional: true })
  reason?: string | null;
}

@InputType()
export class ReceiveTransferInput {
  @Field(() => [ReceiveTransferLineInput])
  @Lines()
  lines: ReceiveTransferLineInput[];
}

@InputType()
export class SendTransferInput {
  @IdField()
  fromLocationId: string;

  @IdField()
  toLocationId: string;

  @Field(() => [TransferLineInput])
  @Lines()
  lines: TransferLineInput[];
}

@InputType()
export class PickedLineInput {
  @IdField()
  lineId: string;

  @Field(() => Float)
  @Quantity({ min: 0 })
  quantity: number;
}

@InputType()
export class FulfilRequisitionInput {
  @IdField()
  requisitionId: string;

  @Field(() => ID, { description: 'The store location it is picked from' })
  @IsUUID()
  fromLocationId: string;

  @Field(() => [PickedLineInput])
  @Lines()
  lines: PickedLineInput[];
}

@InputType()
export class RejectRequisitionInput {
  @IdField()
  requisitionId: string;

  @Field()
  @Text(500)
  reason: string;
}
