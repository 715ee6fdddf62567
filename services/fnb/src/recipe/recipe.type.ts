import { ArrayMaxSize, IsNumber, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { FnbTotal } from '../report/report.type';
import { MAX_RECIPE_QUANTITY } from './recipe.rules';

@ObjectType()
export class RecipeLine {
  @Field(() => ID, { description: "Inventory's item (ingredient)" })
  inventoryItemId: string;

  @Field(() => Float, { description: "in the inventory item's stock unit" })
  quantity: number;

  @Field()
  unit: string;
}

@ObjectType({ description: 'Bill of materials of a menu item or modifier, in force from a business date' })
export class Recipe {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  targetId: string;

  @Field()
  targetKind: string;

  @Field(() => Int)
  version: number;

  @Field(() => LocalDateResolver)
  effectiveFrom: string;
}

@ObjectType({ description: 'Sold without a recipe: stock was not depleted for it' })
export class UnmappedSale {
  @Field(() => ID, { description: 'menu item or modifier' })
  targetId: string;

  @Field()
  name: string;

  @Field(() => Int)
  quantity: number;

  @Field(() => Int)
  lines: number;
}

@ObjectType({ description: '成本标准: theoretical food cost (sales × recipes × current unit costs) against actual consumption' })
export class FoodCost {
  @Field(() => FnbTotal)
  theoretical: FnbTotal;

  @Field(() => FnbTotal, { description: "inventory's consumption at the outlet's locations" })
  actual: FnbTotal;

  @Field(() => FnbTotal, { description: 'actual − theoretical' })
  variance: FnbTotal;

  @Field(() => Int, { description: 'portions sold whose cost is unknown (no recipe or no unit cost)' })
  uncostedPortions: number;
}

@InputType()
export class RecipeLineInput {
  @Field(() => ID)
  @IsUUID()
  inventoryItemId: string;

  @Field(() => Float)
  @IsNumber()
  @Min(0.001)
  @Max(MAX_RECIPE_QUANTITY)
  quantity: number;

  @Field()
  @Length(1, 20)
  unit: string;
}

@InputType()
export class RecipeInput {
  @Field(() => ID, { description: 'menu item or modifier' })
  @IsUUID()
  targetId: string;

  @Field(() => LocalDateResolver)
  effectiveFrom: string;

  @Field(() => [RecipeLineInput])
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  lines: RecipeLineInput[];
}

@ObjectType({ description: 'Why a menu item runs low: its ingredients at or below their reorder point at the outlet' })
export class LowStock {
  @Field(() => [String], { description: 'The low ingredients' })
  ingredients: string[];

  @Field(() => Int, { description: 'Whole portions the low ingredients still make (the least of them)' })
  portionsLeft: number;
}
