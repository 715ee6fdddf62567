import { IsIn, IsNotEmpty, IsUUID, Length, Matches } from 'class-validator';
import { Directive, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { OUTLET_KINDS } from './outlet.entity';

export enum OutletKindEnum {
  RESTAURANT = 'RESTAURANT',
  BAR = 'BAR',
  ROOM_SERVICE = 'ROOM_SERVICE',
  BANQUET = 'BANQUET',
}
registerEnumType(OutletKindEnum, { name: 'OutletKind' });

/** The hotel, owned by the reservations subgraph. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Property')
export class PropertyRef {
  @Field(() => ID)
  id: string;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A point of sale: restaurant, bar, room service or banquet hall' })
export class Outlet {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  propertyId: string;

  @Field()
  name: string;

  @Field(() => OutletKindEnum)
  kind: OutletKindEnum;

  @Field({ description: 'ISO-4217 currency of its menu and bills' })
  currency: string;

  @Field()
  createdAt: Date;
}

@InputType()
export class CreateOutletInput {
  @Field(() => ID)
  @IsUUID()
  propertyId: string;

  @Field()
  @IsNotEmpty()
  @Length(1, 200)
  name: string;

  @Field(() => OutletKindEnum)
  @IsIn(OUTLET_KINDS)
  kind: OutletKindEnum;

  @Field({ description: "the property's currency" })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO-4217 code such as CNY' })
  currency: string;
}
