import { IsIn, IsUUID } from 'class-validator';
import { Field, Float, ID, InputType, ObjectType } from 'type-graphql';
import { Text, graphqlEnum } from '@hotelops/kernel';
import { WRITE_OFF_REASONS, WRITE_OFF_STATUSES, type WriteOffReason, type WriteOffStatus } from './damage.rules';

export const WriteOffReasonEnum = graphqlEnum(WRITE_OFF_REASONS, { name: 'WriteOffReason' });
export const WriteOffStatusEnum = graphqlEnum(WRITE_OFF_STATUSES, { name: 'WriteOffStatus' });

@ObjectType({ description: 'Damaged goods (残损) and their disposal' })
export class WriteOff {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  itemId: string;

  @Field(() => ID)
  locationId: string;

  @Field(() => Float)
  quantity: number;

  @Field(() => WriteOffReasonEnum)
  reason: WriteOffReason;

  @Field(() => WriteOffStatusEnum)
  status: WriteOffStatus;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => String, { nullable: true })
  disposal: string | null;

  @Field()
  createdAt: Date;
}

@InputType()
export class ReportDamageInput {
  @Field(() => ID)
  @IsUUID()
  itemId: string;

  @Field(() => ID)
  @IsUUID()
  locationId: string;

  // Checked by the stock rules (STOCK.INVALID_QUANTITY).
  @Field(() => Float)
  quantity: number;

  @Field(() => WriteOffReasonEnum)
  @IsIn(WRITE_OFF_REASONS)
  reason: WriteOffReason;

  @Field(() => String, { nullable: true })
  @Text(500, { optional: true })
  note?: string;
}
