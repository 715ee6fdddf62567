import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, type RequestContext } from '@hotelops/kernel';
import type { GuestEntity } from './guest.entity';
import type { GuestService } from './guest.service';
import { CreateGuestInput, Guest, GuestConnection, PERSONAL_DATA_ROLES, UpdateGuestInput } from './guest.type';

@Resolver(() => Guest)
export class GuestResolver {
  private readonly service: GuestService;
  constructor({ guests }: { guests: GuestService }) {
    this.service = guests;
  }

  @Authorized(...PERSONAL_DATA_ROLES)
  @Query(() => GuestConnection)
  guests(
    @Arg('propertyId', () => ID) propertyId: string,
    @Arg('name', () => String, { nullable: true }) name: string | undefined,
    @Arg('vip', () => Boolean, { nullable: true }) vip: boolean | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.list(propertyId, ctx.caller, page, { name, vip });
  }

  @Authorized()
  @Query(() => Guest)
  guest(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.get(id, ctx.caller);
  }

  @Authorized('front-desk', 'reservations-agent')
  @Mutation(() => Guest)
  createGuest(@Arg('input') input: CreateGuestInput, @Ctx() ctx: RequestContext) {
    return this.service.create(input, ctx.caller);
  }

  @Authorized('front-desk', 'reservations-agent')
  @Mutation(() => Guest)
  updateGuest(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateGuestInput, @Ctx() ctx: RequestContext) {
    return this.service.update(id, input, ctx.caller);
  }

  @Authorized('duty-manager')
  @Mutation(() => Guest, { description: 'Erasure on request: personal data removed from the profile and its stays; statistics kept' })
  eraseGuest(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.erase(id, ctx.caller, ctx.eventMeta);
  }

  @FieldResolver(() => Boolean)
  erased(@Root() g: GuestEntity) {
    return g.erasedAt != null;
  }
}
