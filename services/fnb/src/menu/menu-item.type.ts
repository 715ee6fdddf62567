import { ArrayMaxSize, IsIn, IsInt, IsNotEmpty, IsOptional, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { Directive, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '@hotelops/kernel';
import { COURSES, STATIONS, type Course, type Station } from './menu.rules';

/** Highest menu price accepted, in minor units (a safety net against typos, e.g. an extra zero or two). */
export const MAX_MENU_PRICE_MINOR = 10_000_000;

export const CourseEnum = graphqlEnum(COURSES, { name: 'FnbCourse' });
export const StationEnum = graphqlEnum(STATIONS, { name: 'KitchenStation' });

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

  @Field({ description: "The manager's switch (sold out, out of season); see `available` for stock-outs too" })
  onSale: boolean;

  @Field({ description: '特色菜: a house specialty' })
  specialty: boolean;

  @Field(() => CourseEnum, { description: 'The course it is fired with unless a line says otherwise' })
  course: Course;

  @Field(() => StationEnum, { description: 'The kitchen station that prepares it' })
  station: Station;

  @Field(() => [ID], { description: 'Service periods it is sold in; empty = all' })
  periodIds: string[];
}

@ObjectType({ description: 'A price of an item from an instant on' })
export class MenuPrice {
  @Field(() => Int)
  priceMinor: number;

  @Field()
  effectiveFrom: Date;
}

@ObjectType()
export class Modifier {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => Int, { description: 'added to the item price (minor units; may be negative)' })
  priceDeltaMinor: number;
}

@ObjectType({ description: 'Choices offered with items, e.g. "Spice level: choose 1"' })
export class ModifierGroup {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => Int)
  minSelect: number;

  @Field(() => Int)
  maxSelect: number;
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

  @Field(() => CourseEnum, { nullable: true, description: 'default MAIN' })
  @IsOptional()
  @IsIn(COURSES)
  course?: Course;

  @Field(() => StationEnum, { nullable: true, description: 'default HOT' })
  @IsOptional()
  @IsIn(STATIONS)
  station?: Station;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsUUID(undefined, { each: true })
  periodIds?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsUUID(undefined, { each: true })
  modifierGroupIds?: string[];
}

@InputType()
export class ModifierInput {
  @Field()
  @Length(1, 100)
  name: string;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(-MAX_MENU_PRICE_MINOR)
  @Max(MAX_MENU_PRICE_MINOR)
  priceDeltaMinor: number;
}

@InputType()
export class CreateModifierGroupInput {
  @Field(() => ID)
  @IsUUID()
  outletId: string;

  @Field()
  @Length(1, 100)
  name: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(20)
  minSelect: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(20)
  maxSelect: number;

  @Field(() => [ModifierInput])
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  modifiers: ModifierInput[];
}
