import { IsIn, Matches } from 'class-validator';
import { Directive, Field, ID, InputType, ObjectType } from 'type-graphql';
import { Connection, Text } from '@hotelops/kernel';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A hotel; every aggregate in the platform belongs to one' })
export class Property {
  @Field(() => ID)
  id: string;

  @Field()
  code: string;

  @Field()
  name: string;

  @Field({ description: 'IANA time zone' })
  timeZone: string;

  @Field({ description: 'ISO-4217 currency of the property' })
  currency: string;

  @Field({ description: "local 'HH:MM' on the arrival day after which an unarrived stay becomes a no-show" })
  noShowCutoff: string;

  @Field()
  createdAt: Date;
}

@ObjectType()
export class PropertyConnection extends Connection(Property) {}

const zones = Intl.supportedValuesOf('timeZone').concat('UTC');

@InputType()
export class CreatePropertyInput {
  @Field()
  @Matches(/^[A-Z0-9-]{2,20}$/, { message: 'code must be 2–20 upper-case letters, digits or dashes' })
  code: string;

  @Field()
  @Text(200)
  name: string;

  @Field()
  @IsIn(zones, { message: 'timeZone must be an IANA time zone such as Asia/Shanghai' })
  timeZone: string;

  @Field()
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO-4217 code such as CNY' })
  currency: string;

  @Field({ defaultValue: '22:00', description: "local 'HH:MM' on the arrival day after which an unarrived stay becomes a no-show" })
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "noShowCutoff must be a local time 'HH:MM'" })
  noShowCutoff: string;
}
