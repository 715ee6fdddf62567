import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { textArg, uuidArg, type RequestContext } from '@hotelops/kernel';
import type { InventoryServices } from '../composition';
import type { AssetCondition } from './asset.rules';
import type { AssetService } from './asset.service';
import { AssetConditionEnum, FixedAsset, MoveAssetInput, RegisterAssetInput, VerifyAssetsInput } from './asset.type';
import { STORE_APPROVERS, STORE_KEEPERS } from '../roles/inventory-roles';

const KEEPERS = [...STORE_KEEPERS];

@Resolver(() => FixedAsset)
export class AssetResolver {
  private readonly service: AssetService;
  constructor({ assets }: InventoryServices) {
    this.service = assets;
  }

  @Authorized(...KEEPERS, 'housekeeping', 'fnb-manager')
  @Query(() => [FixedAsset], { description: 'The fixed-asset register of a property by tag (at most 500), optionally one location' })
  fixedAssets(
    @Arg('propertyId', () => ID, uuidArg('propertyId')) propertyId: string,
    @Arg('locationId', () => ID, { nullable: true }) locationId: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.list(propertyId, ctx.caller, locationId);
  }

  @Authorized(...KEEPERS)
  @Mutation(() => FixedAsset)
  registerAsset(@Arg('input') input: RegisterAssetInput, @Ctx() ctx: RequestContext) {
    return this.service.register(input, ctx.caller);
  }

  @Authorized(...KEEPERS)
  @Mutation(() => FixedAsset, { description: 'Moves an asset to another location or custodian' })
  moveAsset(@Arg('id', () => ID) id: string, @Arg('input') input: MoveAssetInput, @Ctx() ctx: RequestContext) {
    return this.service.move(id, input, ctx.caller);
  }

  @Authorized(...KEEPERS, 'housekeeping', 'fnb-manager')
  @Mutation(() => FixedAsset, { description: 'Records an inspection and the asset’s condition' })
  inspectAsset(
    @Arg('id', () => ID) id: string,
    @Arg('condition', () => AssetConditionEnum) condition: AssetCondition,
    @Arg('note', () => String, textArg('note', 500, { nullable: true })) note: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.inspect(id, condition, note ?? null, ctx.caller);
  }

  @Authorized(...STORE_APPROVERS)
  @Mutation(() => FixedAsset, { description: 'Disposes of an asset (报废), with the reason' })
  disposeAsset(@Arg('id', () => ID) id: string, @Arg('reason', textArg('reason', 500)) reason: string, @Ctx() ctx: RequestContext) {
    return this.service.dispose(id, reason, ctx.caller);
  }

  @Authorized(...KEEPERS)
  @Mutation(() => [FixedAsset], {
    description: 'Asset count within a stocktake: verifies the tags found, returns the assets missing from the counted bins',
  })
  verifyAssets(@Arg('input') input: VerifyAssetsInput, @Ctx() ctx: RequestContext) {
    return this.service.verify(input.countId, input.tags, ctx.caller);
  }
}
