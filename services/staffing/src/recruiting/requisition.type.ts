import { IsISO8601, IsOptional, IsUUID } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IntRange, Text, graphqlEnum } from '@hotelops/kernel';
import { REQUISITION_STATUSES, type RequisitionStatus } from './requisition.rules';

export const RequisitionStatusEnum = graphqlEnum(REQUISITION_STATUSES, { name: 'RequisitionStatus' });

@ObjectType({ description: 'A request to recruit (招聘需求) for a position, through approval to hire' })
export class Requisition {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  departmentId: string;

  @Field(() => ID)
  positionId: string;

  @Field(() => Int)
  headcount: number;

  @Field(() => Int)
  hired: number;

  @Field(() => [ID])
  hiredIds: string[];

  @Field()
  reason: string;

  @Field(() => LocalDateResolver, { nullable: true })
  neededBy: string | null;

  @Field(() => RequisitionStatusEnum)
  status: RequisitionStatus;

  @Field(() => ID, { nullable: true })
  requestedBy: string | null;

  @Field(() => ID, { nullable: true })
  decidedBy: string | null;
}

@InputType()
export class RequestRequisitionInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'positionId must be a UUID' })
  positionId: string;

  @Field(() => Int)
  @IntRange(1, 100)
  headcount: number;

  @Field()
  @Text(500)
  reason: string;

  @Field(() => LocalDateResolver, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'neededBy must be an ISO date' })
  neededBy?: string;
}
