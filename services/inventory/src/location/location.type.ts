import { IsIn, IsNotEmpty, IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { Directive, Field, ID, InputType, ObjectType } from 'type-graphql';
import { graphqlEnum } from '@hotelops/kernel';
import { LOCATION_KINDS, type LocationKind } from './location.rules';

export const LocationKindEnum = graphqlEnum(LOCATION_KINDS, {
  name: 'InventoryLocationKind',
  valuesConfig: {
    STORE: { description: 'a stock room, e.g. the main store (总仓)' },
    DEPARTMENT: { description: "a department's own room, e.g. the housekeeping linen room" },
    OUTLET: { description: 'stock held at an F&B outlet' },
    BIN: { description: 'a shelf or slot (货位) inside another location' },
  },
});

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A place stock is held' })
export class Location {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  propertyId: string;

  @Field({ description: 'Unique within the property' })
  code: string;

  @Field()
  name: string;

  @Field(() => LocationKindEnum)
  kind: LocationKind;

  @Field(() => ID, { nullable: true, description: 'The location a BIN is in' })
  parentId: string | null;

  @Field(() => ID, { nullable: true })
  outletId: string | null;

  @Field()
  createdAt: Date;
}

@InputType()
export class CreateInventoryLocationInput {
  @Field(() => ID)
  @IsUUID()
  propertyId: string;

  @Field()
  @Matches(/^[A-Z0-9][A-Z0-9-]{0,19}$/, { message: 'code must be 1–20 upper-case letters, digits or dashes' })
  code: string;

  @Field()
  @IsNotEmpty()
  @Length(1, 200)
  name: string;

  @Field(() => LocationKindEnum)
  @IsIn(LOCATION_KINDS)
  kind: LocationKind;

  @Field(() => ID, { nullable: true, description: 'Required for a BIN: the location it is in' })
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @Field(() => ID, { nullable: true, description: 'Required for an OUTLET location: the F&B outlet; a BIN takes its parent’s' })
  @IsOptional()
  @IsUUID()
  outletId?: string;
}
