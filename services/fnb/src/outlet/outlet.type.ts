import { IsIn, IsNotEmpty, IsUUID, Length, Matches } from 'class-validator';
import { Directive, Field, ID, InputType, ObjectType } from 'type-graphql';
import { graphqlEnum } from '@hotelops/kernel';
import { OUTLET_KINDS, type OutletKind } from './outlet.rules';

export const OutletKindEnum = graphqlEnum(OUTLET_KINDS, { name: 'OutletKind' });

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
  kind: OutletKind;

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
  kind: OutletKind;

  @Field({ description: "the property's currency" })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO-4217 code such as CNY' })
  currency: string;
}
