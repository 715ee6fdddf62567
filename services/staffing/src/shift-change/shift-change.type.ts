import { IsOptional, IsUUID } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Text, graphqlEnum } from '@hotelops/kernel';
import { SHIFT_CHANGE_KINDS, SHIFT_CHANGE_STATUSES, type ShiftChangeKind, type ShiftChangeStatus } from './shift-change.rules';

export const ShiftChangeKindEnum = graphqlEnum(SHIFT_CHANGE_KINDS, { name: 'ShiftChangeKind' });
export const ShiftChangeStatusEnum = graphqlEnum(SHIFT_CHANGE_STATUSES, { name: 'ShiftChangeStatus' });

@ObjectType({ description: 'A swap of two shifts or a cover of one (换班/代班)' })
export class ShiftChange {
  @Field(() => ID)
  id: string;

  @Field(() => ShiftChangeKindEnum)
  kind: ShiftChangeKind;

  @Field(() => ID)
  shiftId: string;

  @Field(() => ID)
  requesterId: string;

  @Field(() => ID, { description: 'who covers, or whose shift is swapped' })
  counterpartId: string;

  @Field(() => ID, { nullable: true })
  counterpartShiftId: string | null;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => ShiftChangeStatusEnum)
  status: ShiftChangeStatus;

  @Field(() => ID, { nullable: true })
  decidedBy: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;
}

@InputType()
export class RequestShiftChangeInput {
  @Field(() => ID, { description: 'the shift to give away' })
  @IsUUID(undefined, { message: 'shiftId must be a UUID' })
  shiftId: string;

  @Field(() => ID, { nullable: true, description: 'cover: who takes the shift' })
  @IsOptional()
  @IsUUID(undefined, { message: 'counterpartId must be a UUID' })
  counterpartId?: string;

  @Field(() => ID, { nullable: true, description: 'swap: the shift taken in exchange' })
  @IsOptional()
  @IsUUID(undefined, { message: 'counterpartShiftId must be a UUID' })
  counterpartShiftId?: string;

  @Field(() => String, { nullable: true })
  @Text(500, { optional: true })
  reason?: string;
}
