import { IsIn, IsInt, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection, graphqlEnum } from '@hotelops/kernel';
import {
  DELIVERY_METHODS,
  MESSAGE_KINDS,
  MESSAGE_STATUSES,
  type DeliveryMethod,
  type MessageKind,
  type MessageStatus,
} from './message.rules';

export const MessageKindEnum = graphqlEnum(MESSAGE_KINDS, {
  name: 'MessageKind',
  description: 'MESSAGE 留言: left for someone; CALL 电话记录: a call taken and logged',
});
export const MessageStatusEnum = graphqlEnum(MESSAGE_STATUSES, { name: 'MessageStatus', description: 'TAKEN → DELIVERED → ACKNOWLEDGED' });
export const DeliveryMethodEnum = graphqlEnum(DELIVERY_METHODS, { name: 'MessageDeliveryMethod' });

@ObjectType({ description: 'A telephone message or logged call for a guest or a department' })
export class GuestMessage {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  propertyId: string;

  @Field(() => MessageKindEnum)
  kind: MessageKind;

  @Field({ description: 'Who called or left the message' })
  fromName: string;

  @Field(() => String, { nullable: true })
  fromPhone: string | null;

  @Field()
  body: string;

  @Field(() => Int, { nullable: true, description: 'Calls only' })
  durationSeconds: number | null;

  @Field(() => MessageStatusEnum)
  status: MessageStatus;

  @Field()
  takenAt: Date;

  @Field(() => Date, { nullable: true })
  deliveredAt: Date | null;

  @Field(() => DeliveryMethodEnum, { nullable: true })
  deliveryMethod: DeliveryMethod | null;

  @Field(() => Date, { nullable: true })
  acknowledgedAt: Date | null;
}

@ObjectType()
export class GuestMessageConnection extends Connection(GuestMessage) {}

@InputType()
export class TakeMessageInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'propertyId must be a UUID' })
  propertyId: string;

  @Field(() => MessageKindEnum, { defaultValue: MessageKindEnum.MESSAGE })
  @IsIn(MESSAGE_KINDS)
  kind: MessageKind;

  @Field(() => ID, { nullable: true, description: 'For a guest: their stay. Exactly one of reservationId, departmentId' })
  @IsOptional()
  @IsUUID(undefined, { message: 'reservationId must be a UUID' })
  reservationId?: string;

  @Field(() => ID, { nullable: true, description: 'For a department (staffing)' })
  @IsOptional()
  @IsUUID(undefined, { message: 'departmentId must be a UUID' })
  departmentId?: string;

  @Field()
  @Length(1, 200, { message: 'fromName must be 1–200 characters' })
  fromName: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 40, { message: 'fromPhone must be 1–40 characters' })
  fromPhone?: string;

  @Field()
  @Length(1, 4000, { message: 'body must be 1–4000 characters' })
  body: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'durationSeconds must not be negative' })
  @Max(86_400, { message: 'durationSeconds must be at most 86400 (a day)' })
  durationSeconds?: number;
}
