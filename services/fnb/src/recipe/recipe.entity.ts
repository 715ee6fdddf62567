import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { IdColumn, LocalDateColumn, RefColumn, TimestampColumn, numberTransformer } from '@hotelops/kernel';

const decimal = { type: 'numeric', precision: 14, scale: 3, transformer: numberTransformer } as const;

/** A bill of materials for a menu item or a modifier, in force from a business date. */
@Entity('recipes')
@Index(['targetId', 'effectiveFrom'], { unique: true })
export class RecipeEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'outlet_id' })
  outletId: string;

  /** The menu item or modifier this recipe makes. */
  @RefColumn({ name: 'target_id' })
  targetId: string;

  @Column({ name: 'target_kind', type: 'varchar', length: 10 })
  targetKind: 'MENU_ITEM' | 'MODIFIER';

  @Column({ type: 'integer' })
  version: number;

  @LocalDateColumn({ name: 'effective_from' })
  effectiveFrom: string;

  @RefColumn({ name: 'created_by', nullable: true })
  createdBy: string | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;
}

@Entity('recipe_lines')
@Index(['inventoryItemId'])
export class RecipeLineEntity {
  @PrimaryColumn({ name: 'recipe_id', type: 'varchar', length: 36 })
  recipeId: string;

  @PrimaryColumn({ name: 'inventory_item_id', type: 'varchar', length: 36 })
  inventoryItemId: string;

  /** In the inventory item's stock unit. */
  @Column({ ...decimal })
  quantity: number;

  @Column({ type: 'varchar', length: 20 })
  unit: string;
}

/** A settled line whose item (or modifier) had no recipe: depletion could not be computed for it. */
@Entity('unmapped_sales')
@Index(['outletId', 'businessDate'])
export class UnmappedSaleEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'outlet_id' })
  outletId: string;

  @LocalDateColumn({ name: 'business_date' })
  businessDate: string;

  @RefColumn({ name: 'order_line_id' })
  orderLineId: string;

  /** The menu item or modifier without a recipe. */
  @RefColumn({ name: 'target_id' })
  targetId: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'integer' })
  quantity: number;
}

/** Inventory's current unit cost of an item (projection of ItemCostChanged). */
@Entity('item_costs')
export class ItemCostEntity {
  @RefColumn({ name: 'inventory_item_id', primary: true })
  inventoryItemId: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @Column({ type: 'varchar', length: 64 })
  sku: string;

  @Column({ type: 'varchar', length: 20 })
  unit: string;

  @Column({ name: 'unit_cost_minor', type: 'numeric', precision: 18, scale: 6, transformer: numberTransformer })
  unitCostMinor: number;

  @Column({ type: 'varchar', length: 3 })
  currency: string;

  @TimestampColumn({ name: 'changed_at' })
  changedAt: Date;
}

/** Actual consumption an outlet's location recorded on a business date (projection of ConsumptionRecorded). */
@Entity('consumptions')
@Index(['outletId', 'businessDate'])
export class ConsumptionEntity {
  @RefColumn({ name: 'consumption_id', primary: true })
  consumptionId: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'outlet_id' })
  outletId: string;

  @LocalDateColumn({ name: 'business_date' })
  businessDate: string;

  @Column({ name: 'value_minor', type: 'integer' })
  valueMinor: number;
}
