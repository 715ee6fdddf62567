import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { DomainError, notFound, paginate, type Caller, type PageArgs, type ServiceDeps, isUniqueViolation } from '@hotelops/kernel';
import { ItemEntity } from './item.entity';
import { stockPolicyProblem, type ItemCategory } from './item.rules';

/** A new SKU; the GraphQL CreateInventoryItemInput is one. */
export interface NewItem {
  propertyId: string;
  sku: string;
  name: string;
  category: ItemCategory;
  unit: string;
  parLevel: number;
  reorderPoint: number;
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
            createdAt: this.deps.clock.now(),
          }),
        )
        .catch((err: unknown) => {
          throw isUniqueViolation(err) ? taken() : err;
        });
    });
  }

  async get(id: string, caller: Caller): Promise<ItemEntity> {
    const item = await this.deps.db.manager.findOneBy(ItemEntity, { id });
    if (!item) throw notFound('ITEM.NOT_FOUND', 'Item', id);
    caller.assertProperty(item.propertyId);
    return item;
  }

  /** Items of a property by SKU. */
  list(propertyId: string, caller: Caller, page: PageArgs, category?: ItemCategory) {
    caller.assertProperty(propertyId);
    const qb = this.deps.db.manager.createQueryBuilder(ItemEntity, 'i').where('i.propertyId = :propertyId', { propertyId });
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
