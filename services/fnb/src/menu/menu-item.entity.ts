import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { IdColumn, JsonColumn, MinorUnitsColumn, RefColumn, TimestampColumn, numberTransformer } from '@hotelops/kernel';
import type { Course, Station } from './menu.rules';

@Entity('menu_items')
@Index(['outletId', 'category', 'name'])
export class MenuItemEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'outlet_id' })
  outletId: string;

  /** The outlet's property, copied so references and lists are property-scoped without a join. */
  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 60 })
  category: string;

  /** The price the item was created with; the price in force comes from menu_prices. */
  @MinorUnitsColumn({ name: 'price_minor' })
  priceMinor: number;

  /** The outlet's currency, copied so a price needs no second lookup. */
  @Column({ type: 'varchar', length: 3 })
  currency: string;

  /** Switched by a manager (sold out, out of season); stock-outs switch it off on their own. */
  @Column({ type: 'boolean' })
  available: boolean;

  /** 特色菜: a house specialty servers recommend. */
  @Column({ type: 'boolean' })
  specialty: boolean;

  @Column({ type: 'varchar', length: 10 })
  course: Course;

  @Column({ type: 'varchar', length: 10 })
  station: Station;

  /** Service periods the item is sold in; empty = all of the outlet's periods. */
  @JsonColumn({ name: 'period_ids' })
  periodIds: string[];

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;
}

/** A price of an item from an instant on; the latest one in force applies. */
@Entity('menu_prices')
@Index(['menuItemId', 'effectiveFrom'], { unique: true })
export class MenuPriceEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'menu_item_id' })
  menuItemId: string;

  @MinorUnitsColumn({ name: 'price_minor' })
  priceMinor: number;

  @TimestampColumn({ name: 'effective_from' })
  effectiveFrom: Date;

  @RefColumn({ name: 'set_by', nullable: true })
  setBy: string | null;
}

/** Choices offered with items ("Doneness: choose 1", "Extras: up to 3"). */
@Entity('modifier_groups')
@Index(['outletId', 'name'])
export class ModifierGroupEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'outlet_id' })
  outletId: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ name: 'min_select', type: 'integer' })
  minSelect: number;

  @Column({ name: 'max_select', type: 'integer' })
  maxSelect: number;
}

@Entity('modifiers')
@Index(['groupId', 'position'], { unique: true })
export class ModifierEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'group_id' })
  groupId: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** Added to the item's price; may be negative ("no rice"). */
  @Column({ name: 'price_delta_minor', type: 'integer' })
  priceDeltaMinor: number;
}

@Entity('menu_item_modifier_groups')
export class MenuItemModifierGroupEntity {
  @PrimaryColumn({ name: 'menu_item_id', type: 'varchar', length: 36 })
  menuItemId: string;

  @PrimaryColumn({ name: 'group_id', type: 'varchar', length: 36 })
  groupId: string;
}

/** An ingredient inventory reported out of stock at an outlet's location (projection of inventory's events). */
@Entity('stock_outs')
export class StockOutEntity {
  @PrimaryColumn({ name: 'outlet_id', type: 'varchar', length: 36 })
  outletId: string;

  @PrimaryColumn({ name: 'inventory_item_id', type: 'varchar', length: 36 })
  inventoryItemId: string;

  @Column({ name: 'item_name', type: 'varchar', length: 200 })
  itemName: string;

  @TimestampColumn()
  since: Date;
}

/**
 * An ingredient inventory reported at or below its reorder point (still above zero) at an
 * outlet's location: servers see the items that use it as running low (projection of inventory's events).
 */
@Entity('stock_lows')
export class StockLowEntity {
  @PrimaryColumn({ name: 'outlet_id', type: 'varchar', length: 36 })
  outletId: string;

  @PrimaryColumn({ name: 'inventory_item_id', type: 'varchar', length: 36 })
  inventoryItemId: string;

  @Column({ name: 'item_name', type: 'varchar', length: 200 })
  itemName: string;

  /** What is left, in the ingredient's stock unit. */
  @Column({ name: 'on_hand', type: 'numeric', precision: 14, scale: 3, transformer: numberTransformer })
  onHand: number;

  @Column({ type: 'varchar', length: 20 })
  unit: string;

  @TimestampColumn()
  since: Date;
}
