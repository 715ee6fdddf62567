import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import {
  DomainError,
  isUniqueViolation,
  lockForChange,
  notFound,
  paginate,
  type AggregateKind,
  type Caller,
  type PageArgs,
  type ServiceDeps,
} from '@hotelops/kernel';
import { conversionProblem, toStockUnits, type UnitConversion } from '../quantity/units.rules';
import { ItemEntity, ItemUnitEntity } from './item.entity';
import { stockPolicyProblem, type ItemCategory } from './item.rules';

export const ITEM: AggregateKind<ItemEntity> = { entity: ItemEntity, notFound: 'ITEM.NOT_FOUND', noun: 'Item' };

/** A new SKU; the GraphQL CreateInventoryItemInput is one. */
export interface NewItem {
  propertyId: string;
  sku: string;
  name: string;
  category: ItemCategory;
  unit: string;
  parLevel: number;
  reorderPoint: number;
  shelfLifeDays?: number | null;
}

/** What an item's edit may change; absent fields stay as they are. */
export interface ItemChanges {
  name?: string;
  parLevel?: number;
  reorderPoint?: number;
  shelfLifeDays?: number | null;
}

export class ItemService {
  constructor(private readonly deps: ServiceDeps) {}

  /** The property itself lives in the reservations subgraph; access to it is what is checked here. */
  async create(input: NewItem, caller: Caller): Promise<ItemEntity> {
    caller.assertProperty(input.propertyId);
    const problem = stockPolicyProblem(input.parLevel, input.reorderPoint);
    if (problem) throw new DomainError('INPUT.INVALID', problem.message, { field: problem.field });
    const taken = () => new DomainError('ITEM.SKU_TAKEN', `SKU ${input.sku} already exists in this property`, { sku: input.sku });
    return this.deps.db.transaction(async (em) => {
      if (await em.existsBy(ItemEntity, { propertyId: input.propertyId, sku: input.sku })) throw taken();
      const { propertyId, sku, name, category, unit, parLevel, reorderPoint } = input;
      return em
        .save(
          em.create(ItemEntity, {
            id: randomUUID(),
            propertyId,
            sku,
            name,
            category,
            unit,
            parLevel,
            reorderPoint,
            shelfLifeDays: input.shelfLifeDays ?? null,
            averageCost: 0,
            archivedAt: null,
            createdAt: this.deps.clock.now(),
          }),
        )
        .catch((err: unknown) => {
          throw isUniqueViolation(err) ? taken() : err;
        });
    });
  }

  /** Edits name, par, reorder point or shelf life under a row lock; par and reorder point are checked together. */
  update(id: string, changes: ItemChanges, caller: Caller): Promise<ItemEntity> {
    return this.deps.db.transaction(async (em) => {
      const item = await lockForChange(em, this.deps.db, ITEM, id, caller);
      const parLevel = changes.parLevel ?? item.parLevel;
      const reorderPoint = changes.reorderPoint ?? item.reorderPoint;
      const problem = stockPolicyProblem(parLevel, reorderPoint);
      if (problem) throw new DomainError('INPUT.INVALID', problem.message, { field: problem.field });
      Object.assign(item, { parLevel, reorderPoint, name: changes.name ?? item.name });
      if (changes.shelfLifeDays !== undefined) item.shelfLifeDays = changes.shelfLifeDays;
      return em.save(ItemEntity, item);
    });
  }

  /** Archived items keep their history and stock but take no new receipts or orders. */
  archive(id: string, archived: boolean, caller: Caller): Promise<ItemEntity> {
    return this.deps.db.transaction(async (em) => {
      const item = await lockForChange(em, this.deps.db, ITEM, id, caller);
      item.archivedAt = archived ? (item.archivedAt ?? this.deps.clock.now()) : null;
      return em.save(ItemEntity, item);
    });
  }

  /** Adds or replaces a pack/purchase unit of an item (a case of 24; a 25 kg sack). */
  async setUnit(id: string, conversion: UnitConversion, caller: Caller): Promise<ItemEntity> {
    return this.deps.db.transaction(async (em) => {
      const item = await lockForChange(em, this.deps.db, ITEM, id, caller);
      const problem = conversionProblem(item.unit, conversion);
      if (problem) throw new DomainError('ITEM.UNIT_MISMATCH', problem, { field: 'factor', unit: conversion.unit });
      await em.delete(ItemUnitEntity, { itemId: id, unit: conversion.unit });
      await em.insert(ItemUnitEntity, { itemId: id, unit: conversion.unit, factor: conversion.factor });
      return item;
    });
  }

  unitsOf(itemIds: readonly string[]) {
    return this.deps.db.manager.findBy(ItemUnitEntity, { itemId: In([...itemIds]) });
  }

  /** `quantity` of `unit` in the item's stock unit, or ITEM.UNIT_MISMATCH. */
  async toStockUnits(em: EntityManager, item: ItemEntity, quantity: number, unit: string | undefined, field = 'unit') {
    if (!unit || unit === item.unit) return { quantity, factor: 1 };
    const conversions = await em.findBy(ItemUnitEntity, { itemId: item.id });
    const converted = toStockUnits(quantity, unit, item.unit, conversions);
    if (!converted.ok) throw new DomainError('ITEM.UNIT_MISMATCH', `${item.name} (${item.sku}): ${converted.reason}`, { field, unit });
    return converted;
  }

  async get(id: string, caller: Caller): Promise<ItemEntity> {
    const item = await this.deps.db.manager.findOneBy(ItemEntity, { id });
    if (!item) throw notFound('ITEM.NOT_FOUND', 'Item', id);
    caller.assertProperty(item.propertyId);
    return item;
  }

  /** Items of a property by SKU. */
  list(propertyId: string, caller: Caller, page: PageArgs, category?: ItemCategory, includeArchived = false) {
    caller.assertProperty(propertyId);
    const qb = this.deps.db.manager.createQueryBuilder(ItemEntity, 'i').where('i.propertyId = :propertyId', { propertyId });
    if (!includeArchived) qb.andWhere('i.archivedAt IS NULL');
    if (category) qb.andWhere('i.category = :category', { category });
    return paginate(qb, page, { sortProperty: 'sku' });
  }

  async anyIn(propertyId: string): Promise<boolean> {
    return this.deps.db.manager.existsBy(ItemEntity, { propertyId });
  }

  byIds(ids: readonly string[]) {
    return this.deps.db.manager.findBy(ItemEntity, { id: In([...ids]) });
  }
}
