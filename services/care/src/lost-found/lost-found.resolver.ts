import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, type RequestContext } from '@hotelops/kernel';
import type { CareServices } from '../composition';
import { EmployeeRef } from '../federation/employee.reference';
import { refOf } from '../federation/ref-of';
import { ReservationRef } from '../federation/reservation.reference';
import { RoomRef } from '../federation/room.reference';
import { CARE_LEADS, CARE_STAFF } from '../roles/care-roles';
import type { LostItemEntity, LostItemHistoryEntity } from './lost-found.entity';
import type { LostItemStatus } from './lost-found.rules';
import type { LostFoundService } from './lost-found.service';
import { LostItem, LostItemConnection, LostItemStatusEnum, LostItemStep, RecordFoundItemInput } from './lost-found.type';

/** Whoever finds or hands over items: front office, housekeeping and guest relations. */
const HANDLERS = ['front-desk', 'housekeeping', ...CARE_STAFF];

@Resolver(() => LostItem)
export class LostFoundResolver {
  private readonly service: LostFoundService;
  constructor({ lostFound }: CareServices) {
    this.service = lostFound;
  }

  @Authorized()
  @Query(() => LostItem)
  lostItem(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.get(id, ctx.caller);
  }

  @Authorized()
  @Query(() => LostItemConnection, { description: 'Lost and found items of a property, oldest find first' })
  lostItems(
    @Arg('propertyId', () => ID) propertyId: string,
    @Arg('status', () => LostItemStatusEnum, { nullable: true }) status: LostItemStatus | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.list(propertyId, ctx.caller, page, status);
  }

  @Authorized(...HANDLERS)
  @Mutation(() => LostItem, { description: 'Records an item found (you are recorded as the finder)' })
  recordFoundItem(@Arg('input') input: RecordFoundItemInput, @Ctx() ctx: RequestContext) {
    return this.service.record(
      { ...input, roomId: input.roomId ?? null, reservationId: input.reservationId ?? null, note: input.note ?? null },
      ctx.caller,
    );
  }

  @Authorized(...HANDLERS)
  @Mutation(() => LostItem, { description: 'FOUND → STORED at a shelf or safe' })
  storeFoundItem(@Arg('id', () => ID) id: string, @Arg('storageLocation') storageLocation: string, @Ctx() ctx: RequestContext) {
    return this.service.store(id, storageLocation, ctx.caller);
  }

  @Authorized(...HANDLERS)
  @Mutation(() => LostItem, { description: 'Handed over: name the person and the ID checked' })
  claimFoundItem(@Arg('id', () => ID) id: string, @Arg('claimant') claimant: string, @Ctx() ctx: RequestContext) {
    return this.service.claim(id, claimant, ctx.caller);
  }

  @Authorized(...HANDLERS)
  @Mutation(() => LostItem, { description: 'STORED → SHIPPED to the guest' })
  shipFoundItem(
    @Arg('id', () => ID) id: string,
    @Arg('shipTo') shipTo: string,
    @Arg('carrier') carrier: string,
    @Arg('trackingNumber') trackingNumber: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.ship(id, { shipTo, carrier, trackingNumber }, ctx.caller);
  }

  @Authorized(...CARE_LEADS)
  @Mutation(() => LostItem, { description: 'STORED → DISPOSED once the retention period is over (donated, destroyed, …)' })
  disposeFoundItem(@Arg('id', () => ID) id: string, @Arg('how') how: string, @Ctx() ctx: RequestContext) {
    return this.service.dispose(id, how, ctx.caller);
  }

  @FieldResolver(() => EmployeeRef, { nullable: true })
  foundBy(@Root() i: LostItemEntity) {
    return refOf(i.foundBy);
  }

  @FieldResolver(() => RoomRef, { nullable: true })
  room(@Root() i: LostItemEntity) {
    return refOf(i.roomId);
  }

  @FieldResolver(() => ReservationRef, { nullable: true, description: 'The stay of the guest it probably belongs to' })
  reservation(@Root() i: LostItemEntity) {
    return refOf(i.reservationId);
  }

  @FieldResolver(() => [LostItemStep], { description: 'Every step with who and when, oldest first' })
  history(@Root() i: LostItemEntity, @Ctx() ctx: RequestContext) {
    return ctx.loader<LostItemHistoryEntity[]>('LostItemHistory', (ids) => this.service.historyOf(ids)).load(i.id);
  }
}

@Resolver(() => LostItemStep)
export class LostItemStepResolver {
  @FieldResolver(() => EmployeeRef, { nullable: true, description: 'Who did it' })
  actor(@Root() h: LostItemHistoryEntity) {
    return refOf(h.actorId);
  }
}
