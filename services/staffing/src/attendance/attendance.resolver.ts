import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { EMPLOYEE, textArg, type RequestContext } from '@hotelops/kernel';
import type { StaffingServices } from '../composition';
import {
  AttendanceCorrection,
  AttendanceRecord,
  AttendanceSummary,
  RequestAttendanceCorrectionInput,
  ShiftAttendance,
} from './attendance.type';

const LEADS = [EMPLOYEE, 'hr-manager'];
const device = textArg('device', 60, { description: 'the terminal or device, e.g. "staff-entrance-1"' });

@Resolver()
export class AttendanceResolver {
  constructor(private readonly s: StaffingServices) {}

  @Authorized(EMPLOYEE)
  @Mutation(() => AttendanceRecord, {
    description: 'Clocks in for my shift starting or running now (a leader may clock in someone of the department)',
  })
  clockIn(
    @Arg('device', () => String, device) deviceName: string,
    @Arg('employeeId', () => ID, { nullable: true }) employeeId: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.s.attendance.clockIn(deviceName, employeeId, ctx.caller);
  }

  @Authorized(EMPLOYEE)
  @Mutation(() => AttendanceRecord)
  clockOut(
    @Arg('device', () => String, device) deviceName: string,
    @Arg('employeeId', () => ID, { nullable: true }) employeeId: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.s.attendance.clockOut(deviceName, employeeId, ctx.caller);
  }

  @Authorized(EMPLOYEE)
  @Mutation(() => AttendanceCorrection, { description: 'Asks to set a shift’s clock times; applied once approved' })
  requestAttendanceCorrection(@Arg('input') input: RequestAttendanceCorrectionInput, @Ctx() ctx: RequestContext) {
    return this.s.attendance.requestCorrection(input, ctx.caller);
  }

  @Authorized(...LEADS)
  @Mutation(() => AttendanceCorrection, {
    description: 'The supervisor, a leader of the department or HR decides; never the person themself',
  })
  decideAttendanceCorrection(@Arg('id', () => ID) id: string, @Arg('approve') approve: boolean, @Ctx() ctx: RequestContext) {
    return this.s.attendance.decideCorrection(id, approve, ctx.caller);
  }

  @Authorized()
  @Query(() => [ShiftAttendance], { description: 'A department’s shifts of a day against the clock (its leaders and HR)' })
  attendanceDay(
    @Arg('departmentId', () => ID) departmentId: string,
    @Arg('date', () => LocalDateResolver) date: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.s.attendanceReports.day(departmentId, date, ctx.caller);
  }

  @Authorized()
  @Query(() => AttendanceSummary, { description: 'A person’s month: self, their supervisor, their department’s leaders, HR' })
  attendanceSummary(
    @Arg('employeeId', () => ID) employeeId: string,
    @Arg('month', textArg('month', 7, { description: 'YYYY-MM' })) month: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.s.attendanceReports.month(employeeId, month, ctx.caller);
  }
}
