import { IsBoolean, IsEmail, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ReservationStatusEnum } from '../reservation/reservation.type';

@InputType({ description: 'A partner’s reservation at one version; retries of the same version change nothing' })
export class ChannelReservationInput {
  @Field({ description: 'the partner, e.g. CTRIP, BOOKING' })
  @Matches(/^[A-Z0-9_-]{2,40}$/, { message: 'channel must be 2–40 upper-case letters, digits, _ or -' })
  channel: string;

  @Field({ description: 'the partner’s own reservation id' })
  @Length(1, 100)
  channelReservationId: string;

  @Field(() => Int, { description: 'grows with every change the partner makes' })
  @IsInt()
  @Min(1)
  version: number;

  @Field({ defaultValue: false, description: 'true: the partner cancelled the reservation' })
  @IsBoolean()
  cancelled: boolean;

  @Field(() => ID)
  @IsUUID()
  roomTypeId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  ratePlanId?: string;

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

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2000)
  specialRequests?: string;
}

@ObjectType({ description: 'Acknowledgement of one partner message, stored: a retry gets exactly this again' })
export class ChannelAck {
  @Field()
  channelCode: string;

  @Field()
  channelRef: string;

  @Field(() => Int)
  version: number;

  @Field(() => ID, { description: 'the system’s reservation id' })
  reservationId: string;

  @Field()
  confirmationNumber: string;

  @Field(() => ReservationStatusEnum)
  reservationStatus: string;

  @Field()
  acknowledgedAt: Date;
}
