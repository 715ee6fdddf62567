import { ArrayMaxSize, IsNumber, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType, ObjectType } from 'type-graphql';
import { graphqlEnum } from '@hotelops/kernel';
import { REQUISITION_STATUSES, type RequisitionStatus } from './requisition.entity';

export const RequisitionStatusEnum = graphqlEnum(REQUISITION_STATUSES, {
  name: 'SupplyRequisitionStatus',
  description: 'REQUESTED → ACCEPTED → PICKED → DELIVERED or SHORT; REJECTED — followed from inventory’s events',
});

@ObjectType()
export class SupplyRequisitionLine {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  inventoryItemId: string;

  @Field(() => Float)
  quantity: number;

  @Field(() => Float)
  picked: number;

  @Field(() => Float)
  delivered: number;
}

@ObjectType({ description: '提货单: supplies an outlet asked of the store' })
export class SupplyRequisition {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  outletId: string;

  @Field(() => RequisitionStatusEnum)
  status: RequisitionStatus;

  @Field(() => LocalDateResolver, { nullable: true })
  neededBy: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => String, { nullable: true, description: "inventory's reason for a short delivery or a rejection" })
  statusReason: string | null;

  @Field()
  requestedAt: Date;

  @Field()
  updatedAt: Date;
}

@InputType()
export class SupplyLineInput {
  @Field(() => ID)
  @IsUUID()
  inventoryItemId: string;

  @Field(() => Float)
  @IsNumber()
  @Min(0.001)
  @Max(1_000_000)
  quantity: number;
}

@InputType()
export class RequestSuppliesInput {
  @Field(() => ID)
  @IsUUID()
  outletId: string;

  @Field(() => LocalDateResolver, { nullable: true })
  @IsOptional()
  neededBy?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 500)
  note?: string;

  @Field(() => [SupplyLineInput])
  @ArrayMaxSize(100)
  lines: SupplyLineInput[];
}
