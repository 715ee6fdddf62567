import { IsEmail, IsIn, IsISO8601, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Directive, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection, IntRange, Text, graphqlEnum } from '@hotelops/kernel';
import {
  BOOKING_CHANNELS,
  GUARANTEE_KINDS,
  RESERVATION_STATUSES,
  type BookingChannel,
  type GuaranteeKind,
  type ReservationStatus,
} from './reservation.rules';

export const ReservationStatusEnum = graphqlEnum(RESERVATION_STATUSES, { name: 'ReservationStatus' });
export const BookingChannelEnum = graphqlEnum(BOOKING_CHANNELS, { name: 'BookingChannel' });
export const GuaranteeKindEnum = graphqlEnum(GUARANTEE_KINDS, { name: 'GuaranteeKind' });

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
  status: ReservationStatus;

  @Field(() => BookingChannelEnum)
  channel: BookingChannel;

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

  @Field(() => ID, { nullable: true })
  ratePlanId: string | null;

  @Field(() => ID, { nullable: true })
  groupBlockId: string | null;

  @Field(() => ID, { nullable: true })
  corporateAccountId: string | null;

  @Field(() => GuaranteeKindEnum, { nullable: true })
  guaranteeKind: GuaranteeKind | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

@ObjectType()
export class ReservationConnection extends Connection(Reservation) {}

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

  @Field(() => BookingChannelEnum)
  @IsIn(BOOKING_CHANNELS)
  channel: BookingChannel;

  @Field(() => String, { nullable: true, description: 'room arrangement, diet, arrival time … (at most 2000 characters)' })
  @Text(2000, { optional: true, blank: true })
  specialRequests?: string;

  @Field({ defaultValue: true, description: 'false books a tentative (unconfirmed) reservation' })
  confirmed: boolean;

  @Field(() => ID, { nullable: true, description: 'books against a definite group/conference block, at its rate' })
  @IsOptional()
  @IsUUID()
  groupBlockId?: string;

  @Field(() => ID, { nullable: true, description: 'the company (协议单位) the stay is booked for; unlocks its negotiated plans' })
  @IsOptional()
  @IsUUID()
  corporateAccountId?: string;

  @Field(() => ID, { nullable: true, description: 'the guest profile of this stay (its history and statistics)' })
  @IsOptional()
  @IsUUID()
  guestId?: string;

  @Field(() => ID, { nullable: true, description: 'prices the stay by this plan; the room type’s rack rate when omitted' })
  @IsOptional()
  @IsUUID()
  ratePlanId?: string;

  @Field(() => GuaranteeKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(GUARANTEE_KINDS)
  guaranteeKind?: GuaranteeKind;

  @Field(() => String, { nullable: true, description: 'card token or payment reference (never a card number)' })
  @Text(100, { optional: true })
  guaranteeRef?: string;
}

@ObjectType({ description: 'One recorded change of a reservation' })
export class ReservationChange {
  @Field()
  at: Date;

  @Field(() => String, { nullable: true, description: 'employee id, or the partner/system that acted' })
  actor: string | null;

  @Field()
  action: string;

  @Field(() => String, { description: 'JSON of what changed' })
  details: string;
}

@InputType({ description: 'Only the fields given change; dates or room type re-check availability atomically' })
export class ModifyReservationInput {
  @Field(() => LocalDateResolver, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true })
  arrival?: string;

  @Field(() => LocalDateResolver, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true })
  departure?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  roomTypeId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  ratePlanId?: string;

  @Field(() => Int, { nullable: true })
  @IntRange(1, 20, { optional: true })
  adults?: number;

  @Field(() => String, { nullable: true })
  @Text(200, { optional: true })
  guestName?: string;

  @Field(() => String, { nullable: true })
  @Text(2000, { optional: true, blank: true })
  specialRequests?: string;
}
