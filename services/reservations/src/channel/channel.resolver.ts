import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '@hotelops/kernel';
import type { ChannelService } from './channel.service';
import { ChannelAck, ChannelReservationInput } from './channel.type';

@Resolver(() => ChannelAck)
export class ChannelResolver {
  private readonly service: ChannelService;
  constructor({ channel }: { channel: ChannelService }) {
    this.service = channel;
  }

  @Authorized('reservations-agent', 'scope:reservations:write')
  @Mutation(() => ChannelAck, {
    description: 'Creates, modifies or cancels a partner reservation; idempotent on (channel, channelReservationId, version)',
  })
  upsertChannelReservation(@Arg('input') input: ChannelReservationInput, @Ctx() ctx: RequestContext) {
    return this.service.upsert(input, ctx.caller, ctx.eventMeta);
  }
}
