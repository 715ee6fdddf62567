import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, type RequestContext } from '@hotelops/kernel';
import type { InventoryServices } from '../composition';
import { EmployeeRef } from '../federation/employee.reference';
import { loadItem } from '../item/item.reference';
import type { ItemService } from '../item/item.service';
import { Item } from '../item/item.type';
import { loadLocation } from '../location/location.reference';
import type { LocationService } from '../location/location.service';
import { Location } from '../location/location.type';
import type { StockLedgerEntryEntity, StockLevelEntity } from './stock.entity';
import { isBelowReorderPoint } from './stock.rules';
import type { StockService } from './stock.service';
import {
  AdjustStockInput,
  IssueStockInput,
  ReceiveStockInput,
  StockLedgerEntry,
  StockLedgerEntryConnection,
  StockLevel,
} from './stock.type';
import { STORE_KEEPERS } from '../roles/inventory-roles';

/** Who may take stock out of a location for use. */
const ISSUERS = [...STORE_KEEPERS, 'housekeeping', 'fnb-manager'];

@Resolver(() => StockLevel)
export class StockLevelResolver {
  private readonly service: StockService;
  private readonly items: ItemService;
  private readonly locations: LocationService;
  constructor({ stock, items, locations }: InventoryServices) {
    this.service = stock;
    this.items = items;
    this.locations = locations;
  }

  @Authorized()
  @Query(() => [StockLevel], { description: 'On-hand per item and location of a property, by location code then SKU' })
  stockLevels(
    @Arg('propertyId', () => ID) propertyId: string,
    @Arg('itemId', () => ID, { nullable: true }) itemId: string | undefined,
    @Arg('locationId', () => ID, { nullable: true }) locationId: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.levels(propertyId, ctx.caller, { itemId, locationId });
  }

  @FieldResolver(() => Item)
  item(@Root() level: StockLevelEntity, @Ctx() ctx: RequestContext) {
    return loadItem(ctx, this.items).load(level.itemId);
  }

  @FieldResolver(() => Location)
  location(@Root() level: StockLevelEntity, @Ctx() ctx: RequestContext) {
    return loadLocation(ctx, this.locations).load(level.locationId);
  }

  @FieldResolver(() => Boolean, { description: 'On-hand is at or below the item’s reorder point' })
  async belowReorderPoint(@Root() level: StockLevelEntity, @Ctx() ctx: RequestContext) {
    const item = await loadItem(ctx, this.items).load(level.itemId);
    return item ? isBelowReorderPoint(level.onHand, item.reorderPoint) : false;
  }

  @Authorized(...STORE_KEEPERS)
  @Mutation(() => StockLedgerEntry, { description: 'Records stock received into a location (收货)' })
  receiveStock(@Arg('input') input: ReceiveStockInput, @Ctx() ctx: RequestContext) {
    return this.service.receive(input, ctx.caller, ctx.eventMeta);
  }

  @Authorized(...STORE_KEEPERS)
  @Mutation(() => StockLedgerEntry, { description: 'A correction in or out with a reason, valued at the moving average' })
  adjustStock(@Arg('input') input: AdjustStockInput, @Ctx() ctx: RequestContext) {
    return this.service.adjust(input, ctx.caller, ctx.eventMeta);
  }

  @Authorized(...ISSUERS)
  @Mutation(() => StockLedgerEntry, { description: 'Records stock issued out of a location for use; never below zero on hand' })
  issueStock(@Arg('input') input: IssueStockInput, @Ctx() ctx: RequestContext) {
    return this.service.issue(input, ctx.caller, ctx.eventMeta);
  }
}

@Resolver(() => StockLedgerEntry)
export class StockLedgerResolver {
  private readonly service: StockService;
  private readonly items: ItemService;
  private readonly locations: LocationService;
  constructor({ stock, items, locations }: InventoryServices) {
    this.service = stock;
    this.items = items;
    this.locations = locations;
  }

  @Authorized()
  @Query(() => StockLedgerEntryConnection, { description: 'Movements of an item, oldest first' })
  stockLedger(
    @Arg('itemId', () => ID) itemId: string,
    @Arg('locationId', () => ID, { nullable: true }) locationId: string | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.ledger(itemId, ctx.caller, page, locationId);
  }

  @FieldResolver(() => Item)
  item(@Root() entry: StockLedgerEntryEntity, @Ctx() ctx: RequestContext) {
    return loadItem(ctx, this.items).load(entry.itemId);
  }

  @FieldResolver(() => Location)
  location(@Root() entry: StockLedgerEntryEntity, @Ctx() ctx: RequestContext) {
    return loadLocation(ctx, this.locations).load(entry.locationId);
  }

  @FieldResolver(() => EmployeeRef, { nullable: true, description: 'Who recorded it; null for system work' })
  createdBy(@Root() entry: StockLedgerEntryEntity): EmployeeRef | null {
    return entry.createdBy ? { id: entry.createdBy } : null;
  }
}
