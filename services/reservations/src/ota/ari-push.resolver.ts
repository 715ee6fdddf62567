import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { intArg, uuidArg, type RequestContext } from '@hotelops/kernel';
import type { AriPushService } from './ari-push.service';
import type { AriPushStatus } from './ari-push.rules';
import { AriPushDelivery, AriPushEndpoint, AriPushStatusEnum, ConfigureAriPushInput } from './ari-push.type';

/** Who manages distribution: those who set rates. */
const REVENUE = ['general-manager', 'reservations-agent'];

@Resolver(() => AriPushEndpoint)
export class AriPushResolver {
  private readonly service: AriPushService;
  constructor({ ariPush }: { ariPush: AriPushService }) {
    this.service = ariPush;
  }

  @Authorized(...REVENUE)
  @Query(() => [AriPushEndpoint], { description: 'The partner endpoints a property pushes ARI deltas to, with their delivery counts' })
  async ariPushEndpoints(@Arg('propertyId', () => ID, uuidArg('propertyId')) propertyId: string, @Ctx() ctx: RequestContext) {
    const endpoints = await this.service.endpoints(propertyId, ctx.caller);
    const counts = await this.service.counts(endpoints.map((e) => e.id));
    return endpoints.map((e) => ({ ...e, pending: counts.get(e.id)!.PENDING, delivered: counts.get(e.id)!.DELIVERED }));
  }

  @Authorized(...REVENUE)
  @Query(() => [AriPushDelivery], { description: 'Deliveries of one endpoint, newest first; PENDING ones name the last failure' })
  ariPushDeliveries(
    @Arg('endpointId', () => ID, uuidArg('endpointId')) endpointId: string,
    @Arg('status', () => AriPushStatusEnum, { nullable: true }) status: AriPushStatus | undefined,
    @Arg('limit', () => Int, intArg('limit', 1, 500, { nullable: true })) limit: number | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.deliveries(endpointId, status ?? undefined, limit ?? 100, ctx.caller);
  }

  @Authorized(...REVENUE)
  @Mutation(() => AriPushEndpoint, { description: 'Creates or changes where a partner receives this property’s ARI deltas' })
  async configureAriPush(@Arg('input') input: ConfigureAriPushInput, @Ctx() ctx: RequestContext) {
    const e = await this.service.configure(input, ctx.caller);
    const counts = (await this.service.counts([e.id])).get(e.id)!;
    return { ...e, pending: counts.PENDING, delivered: counts.DELIVERED };
  }
}
