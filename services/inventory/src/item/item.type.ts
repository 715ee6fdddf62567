import { IsIn, IsNotEmpty, IsNumber, IsOptional, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { Directive, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection, IntRange, Text, graphqlEnum } from '@hotelops/kernel';
import { MAX_QUANTITY, QUANTITY_DECIMALS } from '../quantity/quantity.rules';
import { ITEM_CATEGORIES, type ItemCategory } from './item.rules';

export const ItemCategoryEnum = graphqlEnum(ITEM_CATEGORIES, {
  name: 'InventoryItemCategory',
  valuesConfig: {
    AMENITY: { description: 'guest-room amenities (客用品)' },
    LINEN: { description: 'linen (布草)' },
    CONSUMABLE: { description: 'consumables (耗材)' },
    INGREDIENT: { description: 'food and beverage ingredients' },
    RETAIL: { description: 'goods sold as they are (minibar, shop)' },
    ENGINEERING: { description: 'engineering spare parts (工程备件)' },
  },
});

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A stock-keeping unit (SKU) of one property' })
export class Item {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  propertyId: string;

  @Field()
  sku: string;

  @Field()
  name: string;

  @Field(() => ItemCategoryEnum)
  category: ItemCategory;

  @Field({ description: "Unit quantities are counted in, e.g. 'each', 'kg', 'bottle'" })
  unit: string;

  @Field(() => Float, { description: 'Quantity a location is topped up to' })
  parLevel: number;

  @Field(() => Float, { description: 'At or below this on-hand the item needs reordering' })
  reorderPoint: number;

  @Field(() => Int, { nullable: true, description: 'Days from receipt to expiry; receipts of such items carry a lot and expiry' })
  shelfLifeDays: number | null;

  @Field(() => Float, { description: 'Moving-average cost per stock unit, minor units of the property currency' })
  averageCost: number;

  @Field(() => Date, { nullable: true, description: 'Set when archived: no new receipts or orders' })
  archivedAt: Date | null;

  @Field()
  createdAt: Date;
}

@ObjectType({ description: 'A pack or purchase unit of an item and how many stock units one holds' })
export class ItemUnit {
  @Field()
  unit: string;

  @Field(() => Float)
  factor: number;
}

const quantity = { maxDecimalPlaces: QUANTITY_DECIMALS, allowNaN: false, allowInfinity: false };

@InputType()
export class CreateInventoryItemInput {
  @Field(() => ID)
  @IsUUID()
  propertyId: string;

  @Field({ description: 'Unique within the property' })
  @Matches(/^[A-Z0-9][A-Z0-9-]{0,39}$/, { message: 'sku must be 1–40 upper-case letters, digits or dashes' })
  sku: string;

  @Field()
  @IsNotEmpty()
  @Length(1, 200)
  name: string;

  @Field(() => ItemCategoryEnum)
  @IsIn(ITEM_CATEGORIES)
  category: ItemCategory;

  @Field()
  @Matches(/^\S(.{0,18}\S)?$/, { message: "unit must be 1–20 characters without surrounding spaces, e.g. 'each', 'kg', 'bottle'" })
  unit: string;

  @Field(() => Float, { defaultValue: 0 })
  @IsNumber(quantity, { message: `parLevel must be a number with at most ${QUANTITY_DECIMALS} decimal places` })
  @Min(0)
  @Max(MAX_QUANTITY)
  parLevel: number;

  @Field(() => Float, { defaultValue: 0 })
  @IsNumber(quantity, { message: `reorderPoint must be a number with at most ${QUANTITY_DECIMALS} decimal places` })
  @Min(0)
  @Max(MAX_QUANTITY)
  reorderPoint: number;

  @Field(() => Int, { nullable: true })
  @IntRange(1, 3650, { optional: true })
  shelfLifeDays?: number;
}

@InputType()
export class UpdateInventoryItemInput {
  @Field({ nullable: true })
  @Text(200, { optional: true })
  name?: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber(quantity, { message: `parLevel must be a number with at most ${QUANTITY_DECIMALS} decimal places` })
  @Min(0)
  @Max(MAX_QUANTITY)
  parLevel?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber(quantity, { message: `reorderPoint must be a number with at most ${QUANTITY_DECIMALS} decimal places` })
  @Min(0)
  @Max(MAX_QUANTITY)
  reorderPoint?: number;

  @Field(() => Int, { nullable: true })
  @IntRange(1, 3650, { optional: true })
  shelfLifeDays?: number;
}

@InputType({ description: 'A pack unit: 1 case = 24 bottles; metric units (g, kg, ml, L) convert without one' })
export class ItemUnitInput {
  @Field()
  @Matches(/^\S(.{0,18}\S)?$/, { message: 'unit must be 1–20 characters without surrounding spaces' })
  unit: string;

  @Field(() => Float, { description: 'Stock units in one of this unit' })
  @IsNumber(quantity, { message: `factor must be a number with at most ${QUANTITY_DECIMALS} decimal places` })
  @Min(0.001)
  @Max(MAX_QUANTITY)
  factor: number;
}

@ObjectType()
export class ItemConnection extends Connection(Item) {}
