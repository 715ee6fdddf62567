import { IsBoolean, IsOptional, IsUUID, Matches } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Text, graphqlEnum } from '@hotelops/kernel';
import { ARI_PUSH_STATUSES, type AriPushStatus } from './ari-push.rules';

export const AriPushStatusEnum = graphqlEnum(ARI_PUSH_STATUSES, {
  name: 'AriPushStatus',
  description: 'PENDING: owed to the partner (not sent yet, or refused and retried later); DELIVERED: the partner answered OTA Success',
});

@InputType({ description: 'Where a channel partner receives a property’s ARI deltas (OTA_HotelAvailNotifRQ, HTTP POST)' })
export class ConfigureAriPushInput {
  @Field(() => ID)
  @IsUUID()
  propertyId: string;

  @Field({ description: 'the partner, e.g. SITEMINDER; one endpoint per partner and property' })
  @Matches(/^[A-Z0-9_-]{2,40}$/, { message: 'channelCode must be 2–40 upper-case letters, digits, _ or -' })
  channelCode: string;

  @Field({ description: 'absolute http(s) URL the deltas are POSTed to' })
  @Text(500)
  url: string;

  @Field(() => String, { nullable: true, description: 'header carrying the partner’s credential, e.g. Authorization' })
  @Text(100, { optional: true })
  authHeaderName?: string;

  @Field(() => String, { nullable: true, description: 'its value; write-only. Both omitted: the stored credential is kept' })
  @Text(1000, { optional: true })
  authHeaderValue?: string;

  @Field({ defaultValue: false, description: 'true: send no credential header from now on' })
  @IsBoolean()
  clearCredentials: boolean;

  @Field({ defaultValue: true, description: 'false: nothing is queued or sent; what is pending waits' })
  @IsOptional()
  @IsBoolean()
  enabled: boolean;
}

@ObjectType({ description: 'A partner endpoint receiving pushed ARI deltas' })
export class AriPushEndpoint {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  propertyId: string;

  @Field()
  channelCode: string;

  @Field()
  url: string;

  @Field(() => String, { nullable: true, description: 'the credential header’s name; its value is never returned' })
  authHeaderName: string | null;

  @Field()
  enabled: boolean;

  @Field(() => Int, { description: 'deltas owed and not yet accepted by the partner' })
  pending: number;

  @Field(() => Int)
  delivered: number;

  @Field()
  updatedAt: Date;
}

@ObjectType({ description: 'One ARI delta owed to one partner endpoint' })
export class AriPushDelivery {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  endpointId: string;

  @Field(() => Int, { description: 'the delta’s position in the property’s ARI feed (the pull cursor)' })
  deltaSeq: number;

  @Field(() => ID)
  roomTypeId: string;

  @Field(() => AriPushStatusEnum)
  status: AriPushStatus;

  @Field(() => Int, { description: 'failed attempts so far' })
  attempts: number;

  @Field({ description: 'not sent again before this' })
  nextAttemptAt: Date;

  @Field(() => String, { nullable: true, description: 'what the partner or the network answered the last failed attempt' })
  lastError: string | null;

  @Field(() => Date, { nullable: true })
  deliveredAt: Date | null;

  @Field()
  createdAt: Date;
}
