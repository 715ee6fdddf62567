import { IsInt, IsNotEmpty, IsUUID, Length, Max, Min } from 'class-validator';
import { Directive, Field, ID, InputType, Int, ObjectType } from 'type-graphql';

/** Highest menu price accepted, in minor units (a safety net against typos, e.g. an extra zero or two). */
export const MAX_MENU_PRICE_MINOR = 10_000_000;

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A dish or drink on an outlet menu' })
export class MenuItem {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  outletId: string;

  @Field()
  name: string;

  @Field({ description: "e.g. 'Starters', 'Mains', 'Drinks'" })
  category: string;

  @Field({ description: 'false: servers cannot order it (sold out, out of season)' })
  available: boolean;

  @Field({ description: '特色菜: a house specialty' })
  specialty: boolean;
}

@InputType()
export class CreateMenuItemInput {
  @Field(() => ID)
  @IsUUID()
  outletId: string;

  @Field()
  @IsNotEmpty()
  @Length(1, 200)
  name: string;

  @Field()
  @IsNotEmpty()
  @Length(1, 60)
  category: string;

  @Field(() => Int, { description: "price in minor units of the outlet's currency" })
  @IsInt()
  @Min(0)
  @Max(MAX_MENU_PRICE_MINOR)
  priceMinor: number;

  @Field({ defaultValue: false })
  specialty: boolean;

  @Field({ defaultValue: true })
  available: boolean;
}
