import { IsDate, IsOptional, IsUUID } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Text, graphqlEnum } from '@hotelops/kernel';
import { RosterShift } from '../roster/roster.type';
import { CORRECTION_STATUSES, type CorrectionStatus } from './attendance.entity';
import { ATTENDANCE_OUTCOMES, type AttendanceOutcome } from './attendance.rules';

export const AttendanceOutcomeEnum = graphqlEnum(ATTENDANCE_OUTCOMES, { name: 'AttendanceOutcome' });
export const CorrectionStatusEnum = graphqlEnum(CORRECTION_STATUSES, { name: 'AttendanceCorrectionStatus' });

@ObjectType({ description: 'A clock-in and clock-out of one shift' })
export class AttendanceRecord {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  employeeId: string;

  @Field(() => ID)
  shiftId: string;

  @Field(() => Date)
  clockInAt: Date;

  @Field({ description: 'the terminal or device' })
  clockInDevice: string;

  @Field(() => Date, { nullable: true })
  clockOutAt: Date | null;

  @Field(() => String, { nullable: true })
  clockOutDevice: string | null;

  @Field(() => ID, { nullable: true, description: 'who approved the correction that set these times' })
  correctedBy: string | null;
}

@ObjectType({ description: 'One shift against the clock: late, early leave, absence, overtime' })
export class ShiftAttendance {
  @Field(() => RosterShift)
  shift: RosterShift;

  @Field(() => AttendanceRecord, { nullable: true })
  record: AttendanceRecord | null;

  @Field(() => AttendanceOutcomeEnum)
  outcome: AttendanceOutcome;

  @Field(() => Int)
  lateMinutes: number;

  @Field(() => Int)
  earlyLeaveMinutes: number;

  @Field(() => Int)
  overtimeMinutes: number;

  @Field(() => Int)
  workedMinutes: number;

  @Field(() => Int)
  scheduledMinutes: number;
}

@ObjectType({ description: 'A person’s month of attendance (考勤汇总)' })
export class AttendanceSummary {
  @Field(() => ID)
  employeeId: string;

  @Field()
  month: string;

  @Field(() => Int)
  shifts: number;

  @Field(() => Int)
  present: number;

  @Field(() => Int)
  late: number;

  @Field(() => Int)
  lateMinutes: number;

  @Field(() => Int)
  earlyLeaves: number;

  @Field(() => Int)
  earlyLeaveMinutes: number;

  @Field(() => Int)
  absences: number;

  @Field(() => Int)
  overtimeMinutes: number;

  @Field(() => Int)
  workedMinutes: number;

  @Field(() => Int)
  scheduledMinutes: number;

  @Field(() => [ShiftAttendance])
  days: ShiftAttendance[];
}

@ObjectType()
export class AttendanceCorrection {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  employeeId: string;

  @Field(() => ID)
  shiftId: string;

  @Field(() => Date)
  clockInAt: Date;

  @Field(() => Date, { nullable: true })
  clockOutAt: Date | null;

  @Field()
  reason: string;

  @Field(() => CorrectionStatusEnum)
  status: CorrectionStatus;

  @Field(() => ID)
  requestedBy: string;

  @Field(() => ID, { nullable: true })
  decidedBy: string | null;
}

@InputType()
export class RequestAttendanceCorrectionInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'shiftId must be a UUID' })
  shiftId: string;

  @Field(() => Date)
  @IsDate()
  clockInAt: Date;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  clockOutAt?: Date;

  @Field()
  @Text(500)
  reason: string;
}
