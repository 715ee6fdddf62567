import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { IntRange, Text } from '@hotelops/kernel';

@ObjectType({ description: 'Rest rules, grace periods and the time zone rosters and clocks are read in' })
export class StaffingPolicy {
  @Field({ description: 'IANA time zone, e.g. Asia/Shanghai' })
  timeZone: string;

  @Field(() => Int, { description: 'minimum rest between two shifts of one person' })
  minRestMinutes: number;

  @Field(() => Int, { description: 'maximum paid minutes per ISO week' })
  maxWeeklyMinutes: number;

  @Field(() => Int, { description: 'a clock-in this many minutes after the start is still on time' })
  lateGraceMinutes: number;

  @Field(() => Int)
  earlyLeaveGraceMinutes: number;

  @Field(() => Int, { description: 'minutes past the end before extra time is overtime' })
  overtimeThresholdMinutes: number;

  @Field(() => Int, { description: 'how early before a shift a clock-in counts for it' })
  clockInWindowMinutes: number;
}

@InputType()
export class StaffingPolicyInput {
  @Field(() => String, { nullable: true })
  @Text(64, { optional: true })
  timeZone?: string;

  @Field(() => Int, { nullable: true })
  @IntRange(0, 24 * 60, { optional: true })
  minRestMinutes?: number;

  @Field(() => Int, { nullable: true })
  @IntRange(60, 7 * 24 * 60, { optional: true })
  maxWeeklyMinutes?: number;

  @Field(() => Int, { nullable: true })
  @IntRange(0, 120, { optional: true })
  lateGraceMinutes?: number;

  @Field(() => Int, { nullable: true })
  @IntRange(0, 120, { optional: true })
  earlyLeaveGraceMinutes?: number;

  @Field(() => Int, { nullable: true })
  @IntRange(0, 240, { optional: true })
  overtimeThresholdMinutes?: number;

  @Field(() => Int, { nullable: true })
  @IntRange(0, 480, { optional: true })
  clockInWindowMinutes?: number;
}
