import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { DomainError, isUniqueViolation, notFound, type Caller, type ServiceDeps } from '@hotelops/kernel';
import type { CurrencyService } from '../currency/currency.service';
import type { ItemService } from '../item/item.service';
import { SupplierEntity, SupplierPriceEntity } from './supplier.entity';

export interface NewSupplier {
  propertyId: string;
  code: string;
  name: string;
  leadTimeDays: number;
  /** default: the property's currency */
  currency?: string | null;
  contact?: string | null;
}

export interface SupplierPrice {
  supplierId: string;
  itemId: string;
  unit: string;
  priceMinor: number;
  minOrderQuantity: number;
}

/** Suppliers with lead times, and their prices per item and purchase unit with minimum order quantities. */
export class SupplierService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly items: ItemService,
    private readonly currencies: CurrencyService,
  ) {}

  create(input: NewSupplier, caller: Caller): Promise<SupplierEntity> {
    caller.assertProperty(input.propertyId);
    const taken = () =>
      new DomainError('SUPPLIER.CODE_TAKEN', `Supplier ${input.code} already exists in this property`, { code: input.code });
    return this.deps.db.transaction(async (em) => {
      if (await em.existsBy(SupplierEntity, { propertyId: input.propertyId, code: input.code })) throw taken();
      const row = em.create(SupplierEntity, {
        id: randomUUID(),
        ...input,
        currency: input.currency ?? (await this.currencies.of(em, input.propertyId)),
        contact: input.contact ?? null,
        createdAt: this.deps.clock.now(),
      });
      return em.save(row).catch((err: unknown) => {
        throw isUniqueViolation(err) ? taken() : err;
      });
    });
  }

  /** Sets a price; the unit must convert to the item's stock unit. */
  setPrice(input: SupplierPrice, caller: Caller): Promise<SupplierPriceEntity> {
    return this.deps.db.transaction(async (em) => {
      const supplier = await em.findOneBy(SupplierEntity, { id: input.supplierId });
      if (!supplier) throw notFound('SUPPLIER.NOT_FOUND', 'Supplier', input.supplierId);
      caller.assertProperty(supplier.propertyId);
      const item = await this.items.get(input.itemId, caller);
      if (item.propertyId !== supplier.propertyId) throw notFound('ITEM.NOT_FOUND', 'Item', input.itemId);
      await this.items.toStockUnits(em, item, 1, input.unit);
      await em.delete(SupplierPriceEntity, { supplierId: input.supplierId, itemId: input.itemId, unit: input.unit });
      const row = em.create(SupplierPriceEntity, { ...input, updatedAt: this.deps.clock.now() });
      await em.insert(SupplierPriceEntity, row);
      return row;
    });
  }

  list(propertyId: string, caller: Caller) {
    caller.assertProperty(propertyId);
    return this.deps.db.manager.find(SupplierEntity, { where: { propertyId }, order: { code: 'ASC' } });
  }

  byIds(ids: readonly string[]) {
    return this.deps.db.manager.findBy(SupplierEntity, { id: In([...ids]) });
  }

  pricesOf(supplierIds: readonly string[]) {
    return this.deps.db.manager.find(SupplierPriceEntity, { where: { supplierId: In([...supplierIds]) }, order: { itemId: 'ASC' } });
  }

  pricesForItems(itemIds: readonly string[]) {
    return this.deps.db.manager.findBy(SupplierPriceEntity, { itemId: In([...itemIds]) });
  }
}
