import { IsBoolean, IsEmail, IsISO8601, IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IntRange, Text, graphqlEnum } from '@hotelops/kernel';
import { CHANNEL_OUTCOMES, type ChannelOutcome } from './channel.rules';
import { ReservationStatusEnum } from '../reservation/reservation.type';

@InputType({ description: 'A partner’s reservation at one version; retries of the same version change nothing' })
export class ChannelReservationInput {
  @Field({ description: 'the partner, e.g. CTRIP, BOOKING' })
  @Matches(/^[A-Z0-9_-]{2,40}$/, { message: 'channel must be 2–40 upper-case letters, digits, _ or -' })
  channel: string;

  @Field({ description: 'the partner’s own reservation id' })
  @Text(100)
  channelReservationId: string;

  @Field(() => Int, { description: 'grows with every change the partner makes (any positive 32-bit number, e.g. a timestamp)' })
  @IntRange(1, 2_147_483_647)
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
  @Text(200)
  guestName: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(200)
  guestEmail?: string;

  @Field(() => Int, { defaultValue: 1 })
  @IntRange(1, 20)
  adults: number;

  @Field(() => String, { nullable: true })
  @Text(2000, { optional: true, blank: true })
  specialRequests?: string;
}

export const ChannelOutcomeEnum = graphqlEnum(CHANNEL_OUTCOMES, {
  name: 'ChannelOutcome',
  description:
    'APPLIED: booked, changed or cancelled the stay; UNCHANGED: nothing the stay records changed (or it was cancelled already); TOMBSTONED: a cancellation of a reservation not received yet, kept so that no later create at this version or below books it; SUPERSEDED: older than such a cancellation, nothing booked',
});

@ObjectType({ description: 'Acknowledgement of one partner message, stored: a retry gets exactly this again' })
export class ChannelAck {
  @Field()
  channelCode: string;

  @Field()
  channelRef: string;

  @Field(() => Int)
  version: number;

  @Field(() => ID, { nullable: true, description: 'the system’s reservation id; null when nothing was booked (TOMBSTONED, SUPERSEDED)' })
  reservationId: string | null;

  @Field(() => String, { nullable: true, description: 'null when nothing was booked' })
  confirmationNumber: string | null;

  @Field(() => ReservationStatusEnum, { description: 'CANCELLED for a tombstone and what it superseded' })
  reservationStatus: string;

  @Field(() => ChannelOutcomeEnum)
  outcome: ChannelOutcome;

  @Field()
  acknowledgedAt: Date;
}
