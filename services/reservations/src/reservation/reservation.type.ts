import { IsEmail, IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BOOKING_CHANNELS, RESERVATION_STATUSES } from './reservation.rules';

export enum ReservationStatusEnum {
  TENTATIVE = 'TENTATIVE',
  CONFIRMED = 'CONFIRMED',
  CHECKED_IN = 'CHECKED_IN',
  CHECKED_OUT = 'CHECKED_OUT',
  CANCELLED = 'CANCELLED',
  NO_SHOW = 'NO_SHOW',
}
registerEnumType(ReservationStatusEnum, { name: 'ReservationStatus' });

export enum BookingChannelEnum {
  PHONE = 'PHONE',
  EMAIL = 'EMAIL',
  WALK_IN = 'WALK_IN',
  ONLINE = 'ONLINE',
  CHANNEL = 'CHANNEL',
}
registerEnumType(BookingChannelEnum, { name: 'BookingChannel' });
// The GraphQL enums mirror the rules' lists; keep them in step.
void RESERVATION_STATUSES;

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A booked stay: half-open nights [arrival, departure)' })
export class Reservation {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  propertyId: string;

  @Field()
  confirmationNumber: string;

  @Field(() => ID)
  roomTypeId: string;

  @Field(() => ReservationStatusEnum)
  status: ReservationStatusEnum;

  @Field(() => BookingChannelEnum)
  channel: BookingChannelEnum;

  @Field()
  guestName: string;

  @Field(() => Int)
  adults: number;

  @Field(() => LocalDateResolver)
  arrival: string;

  @Field(() => LocalDateResolver)
  departure: string;

  @Field(() => String, { nullable: true })
  specialRequests: string | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

@InputType()
export class CreateReservationInput {
  @Field(() => ID)
  @IsUUID()
  roomTypeId: string;

  @Field(() => LocalDateResolver)
  @IsISO8601({ strict: true })
  arrival: string;

  @Field(() => LocalDateResolver)
  @IsISO8601({ strict: true })
  departure: string;

  @Field()
  @IsNotEmpty()
  @Length(1, 200)
  guestName: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  guestEmail?: string;

  @Field(() => Int, { defaultValue: 1 })
  @IsInt()
  @Min(1)
  @Max(20)
  adults: number;

  @Field(() => BookingChannelEnum)
  @IsIn(BOOKING_CHANNELS)
  channel: BookingChannelEnum;

  @Field(() => String, { nullable: true, description: 'room arrangement, diet, arrival time …' })
  @IsOptional()
  @Length(0, 2000)
  specialRequests?: string;

  @Field({ defaultValue: true, description: 'false books a tentative (unconfirmed) reservation' })
  confirmed: boolean;
}
