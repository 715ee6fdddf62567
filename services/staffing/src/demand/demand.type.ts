import { Matches } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IntRange, Text } from '@hotelops/kernel';

@ObjectType({ description: 'Staff-minutes a department needs on a day from the reservation forecast, against the published roster' })
export class LabourDemandDay {
  @Field()
  departmentCode: string;

  @Field(() => ID, { nullable: true })
  departmentId: string | null;

  @Field(() => LocalDateResolver)
  date: string;

  @Field(() => Int)
  arrivals: number;

  @Field(() => Int)
  departures: number;

  @Field(() => Int)
  stayovers: number;

  @Field(() => Int, { description: 'F&B covers forecast from the rooms occupied the night before (0 where none are served)' })
  covers: number;

  @Field(() => Int, { description: 'staff-minutes needed' })
  requiredMinutes: number;

  @Field(() => Int, { description: 'paid minutes the published roster schedules' })
  scheduledMinutes: number;

  @Field(() => Int, { description: 'required minus scheduled, when short' })
  shortMinutes: number;

  @Field({ description: 'the roster schedules less than the demand' })
  understaffed: boolean;
}

@ObjectType({ description: 'Minutes of work each room movement causes in a department' })
export class LabourStandard {
  @Field()
  departmentCode: string;

  @Field(() => Int)
  perArrival: number;

  @Field(() => Int)
  perDeparture: number;

  @Field(() => Int)
  perStayover: number;

  @Field(() => Int, { description: 'minutes needed every day whatever the house count' })
  fixedDaily: number;

  @Field(() => Int, { description: 'F&B: covers expected per 100 rooms occupied the night before' })
  coversPer100Rooms: number;

  @Field(() => Int, { description: 'F&B: minutes of service per forecast cover' })
  perCover: number;
}

@InputType()
export class LabourStandardInput {
  @Field({ description: 'e.g. housekeeping' })
  @Text(40)
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'departmentCode must be kebab-case' })
  departmentCode: string;

  @Field(() => Int)
  @IntRange(0, 600)
  perArrival: number;

  @Field(() => Int)
  @IntRange(0, 600)
  perDeparture: number;

  @Field(() => Int)
  @IntRange(0, 600)
  perStayover: number;

  @Field(() => Int)
  @IntRange(0, 100_000)
  fixedDaily: number;

  @Field(() => Int, { defaultValue: 0, description: 'F&B: covers per 100 rooms occupied the night before' })
  @IntRange(0, 1000)
  coversPer100Rooms: number;

  @Field(() => Int, { defaultValue: 0, description: 'F&B: minutes of service per forecast cover' })
  @IntRange(0, 600)
  perCover: number;
}
