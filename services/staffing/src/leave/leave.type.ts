import { IsBoolean, IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IntRange, Text, graphqlEnum } from '@hotelops/kernel';
import { LEAVE_STATUSES, type LeaveStatus } from './leave.rules';

export const LeaveStatusEnum = graphqlEnum(LEAVE_STATUSES, { name: 'LeaveStatus' });

@ObjectType({ description: 'A kind of leave (年假, 病假, 事假 …) and its yearly allowance' })
export class LeaveType {
  @Field(() => ID)
  id: string;

  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => Int, { nullable: true, description: 'days per year, accrued monthly; null = unlimited (unpaid)' })
  annualDays: number | null;

  @Field()
  paid: boolean;
}

@InputType()
export class CreateLeaveTypeInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'propertyId must be a UUID' })
  propertyId: string;

  @Field({ description: 'e.g. ANNUAL' })
  @Text(20)
  @Matches(/^[A-Z][A-Z0-9_]*$/, { message: 'code must be upper case, e.g. ANNUAL' })
  code: string;

  @Field()
  @Text(100)
  name: string;

  @Field(() => Int, { nullable: true })
  @IntRange(0, 366, { optional: true })
  annualDays?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  paid?: boolean;
}

@ObjectType({ description: 'A request for leave and its decision' })
export class LeaveRequest {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  employeeId: string;

  @Field(() => ID)
  departmentId: string;

  @Field(() => ID)
  leaveTypeId: string;

  @Field(() => LocalDateResolver)
  fromDate: string;

  @Field(() => LocalDateResolver)
  toDate: string;

  @Field(() => Int)
  days: number;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => LeaveStatusEnum)
  status: LeaveStatus;

  @Field(() => ID, { nullable: true })
  decidedBy: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;
}

@InputType()
export class RequestLeaveInput {
  @Field(() => ID, { nullable: true, description: 'defaults to me; a leader or HR may ask for someone' })
  @IsOptional()
  @IsUUID(undefined, { message: 'employeeId must be a UUID' })
  employeeId?: string;

  @Field(() => ID)
  @IsUUID(undefined, { message: 'leaveTypeId must be a UUID' })
  leaveTypeId: string;

  @Field(() => LocalDateResolver)
  @IsISO8601({ strict: true }, { message: 'fromDate must be an ISO date' })
  fromDate: string;

  @Field(() => LocalDateResolver)
  @IsISO8601({ strict: true }, { message: 'toDate must be an ISO date' })
  toDate: string;

  @Field(() => String, { nullable: true })
  @Text(500, { optional: true })
  reason?: string;
}

@ObjectType({ description: 'A person’s balance of one leave type in a year' })
export class LeaveBalance {
  @Field(() => LeaveType)
  leaveType: LeaveType;

  @Field(() => Int)
  year: number;

  @Field(() => Float, { nullable: true, description: 'accrued by the end of the year so far; null = unlimited' })
  accrued: number | null;

  @Field(() => Int, { description: 'approved days' })
  taken: number;

  @Field(() => Int, { description: 'days asked for, not yet decided' })
  requested: number;

  @Field(() => Float, { nullable: true })
  remaining: number | null;
}
