import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { textArg, uuidArg, type RequestContext } from '@hotelops/kernel';
import type { InventoryServices } from '../composition';
import type { WriteOffStatus } from './damage.rules';
import type { DamageService } from './damage.service';
import { ReportDamageInput, WriteOff, WriteOffStatusEnum } from './damage.type';
import { STORE_APPROVERS, STORE_KEEPERS } from '../roles/inventory-roles';

const REPORTERS = [...STORE_KEEPERS, 'housekeeping', 'fnb-manager'];

@Resolver(() => WriteOff)
export class DamageResolver {
  private readonly service: DamageService;
  constructor({ damage }: InventoryServices) {
    this.service = damage;
  }

  @Authorized(...REPORTERS)
  @Query(() => [WriteOff], { description: 'Damaged goods reports, newest first (at most 100)' })
  writeOffs(
    @Arg('propertyId', () => ID, uuidArg('propertyId')) propertyId: string,
    @Arg('status', () => WriteOffStatusEnum, { nullable: true }) status: WriteOffStatus | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.list(propertyId, ctx.caller, status);
  }

  @Authorized(...REPORTERS)
  @Mutation(() => WriteOff, { description: 'Reports damaged, expired or broken goods; stock moves only when disposal is approved' })
  reportDamage(@Arg('input') input: ReportDamageInput, @Ctx() ctx: RequestContext) {
    return this.service.report(input, ctx.caller);
  }

  @Authorized(...STORE_APPROVERS)
  @Mutation(() => WriteOff, { description: 'Approves disposal: posts the WRITE_OFF movement' })
  approveDisposal(
    @Arg('id', () => ID) id: string,
    @Arg('disposal', textArg('disposal', 500)) disposal: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.dispose(id, disposal, ctx.caller, ctx.eventMeta);
  }

  @Authorized(...STORE_APPROVERS)
  @Mutation(() => WriteOff)
  rejectDisposal(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.reject(id, ctx.caller);
  }
}
