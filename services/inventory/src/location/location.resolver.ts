import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@hotelops/kernel';
import type { InventoryServices } from '../composition';
import { OutletRef } from '../federation/outlet.reference';
import type { LocationEntity } from './location.entity';
import { loadLocation } from './location.reference';
import type { LocationService } from './location.service';
import { CreateInventoryLocationInput, Location } from './location.type';
import { STORE_KEEPERS } from '../roles/inventory-roles';

@Resolver(() => Location)
export class LocationResolver {
  private readonly service: LocationService;
  constructor({ locations }: InventoryServices) {
    this.service = locations;
  }

  @Authorized()
  @Query(() => [Location], { description: 'Locations of a property ordered by code' })
  locations(@Arg('propertyId', () => ID) propertyId: string, @Ctx() ctx: RequestContext) {
    return this.service.list(propertyId, ctx.caller);
  }

  @Authorized()
  @Query(() => Location)
  location(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.get(id, ctx.caller);
  }

  @FieldResolver(() => Location, { nullable: true, description: 'The location a BIN is in' })
  parent(@Root() location: LocationEntity, @Ctx() ctx: RequestContext) {
    return location.parentId ? loadLocation(ctx, this.service).load(location.parentId) : null;
  }

  @FieldResolver(() => OutletRef, { nullable: true, description: 'The F&B outlet this stock belongs to' })
  outlet(@Root() location: LocationEntity): OutletRef | null {
    return location.outletId ? { id: location.outletId } : null;
  }

  @Authorized(...STORE_KEEPERS)
  @Mutation(() => Location)
  createLocation(@Arg('input') input: CreateInventoryLocationInput, @Ctx() ctx: RequestContext) {
    return this.service.create(input, ctx.caller);
  }
}
