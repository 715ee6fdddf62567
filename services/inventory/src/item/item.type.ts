import { IsIn, IsNotEmpty, IsNumber, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { Directive, Field, Float, ID, InputType, ObjectType } from 'type-graphql';
import { Connection, graphqlEnum } from '@hotelops/kernel';
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

  @Field()
  createdAt: Date;
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
}

@ObjectType()
export class ItemConnection extends Connection(Item) {}
