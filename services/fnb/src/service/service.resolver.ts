import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import type { RequestContext } from '@hotelops/kernel';
import type { FnbServices } from '../composition';
import { EmployeeRef, refOf } from '../federation/stubs.type';
import type { ChecklistEntity, ChecklistItemEntity } from './service.entity';
import type { OutletServiceService } from './service.service';
import type { ChecklistKind } from './service.rules';
import { Checklist, ChecklistInput, ChecklistItem, ChecklistKindEnum, DiningService } from './service.type';

const MANAGERS = ['fnb-manager'];

@Resolver(() => Checklist)
export class ChecklistResolver {
  private readonly service: OutletServiceService;
  constructor({ services }: FnbServices) {
    this.service = services;
  }

  @Authorized()
  @Query(() => [Checklist], { description: "An outlet's recorded checks of a business date" })
  checklists(
    @Arg('outletId', () => ID) outletId: string,
    @Arg('businessDate', () => LocalDateResolver) businessDate: string,
    @Arg('kind', () => ChecklistKindEnum, { nullable: true }) kind: ChecklistKind | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.checklists(outletId, businessDate, ctx.caller, kind);
  }

  @Authorized()
  @Query(() => [DiningService], { description: "An outlet's services of a business date" })
  diningServices(
    @Arg('outletId', () => ID) outletId: string,
    @Arg('businessDate', () => LocalDateResolver) businessDate: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.services(outletId, businessDate, ctx.caller);
  }

  @FieldResolver(() => [ChecklistItem])
  async items(@Root() c: ChecklistEntity, @Ctx() ctx: RequestContext) {
    const items = await ctx
      .loader<ChecklistItemEntity[]>('Checklist.items', async (ids) => {
        const all = await this.service.itemsOf(ids);
        return ids.map((id) => all.filter((i) => i.checklistId === id));
      })
      .load(c.id);
    return items ?? [];
  }

  @FieldResolver(() => EmployeeRef, { nullable: true, description: 'Who checked' })
  checker(@Root() c: ChecklistEntity) {
    return refOf(c.checkedBy);
  }

  @Authorized('fnb-server', ...MANAGERS)
  @Mutation(() => Checklist, { description: 'Records the pre-opening (开餐前检查) or closing (收市检查) check of a period today' })
  recordChecklist(@Arg('input') input: ChecklistInput, @Ctx() ctx: RequestContext) {
    return this.service.recordChecklist(input, ctx.caller);
  }

  @Authorized(...MANAGERS)
  @Mutation(() => DiningService, { description: "Opens a period's service once its pre-opening check allows it" })
  openDiningService(@Arg('outletId', () => ID) outletId: string, @Arg('periodId', () => ID) periodId: string, @Ctx() ctx: RequestContext) {
    return this.service.open(outletId, periodId, ctx.caller);
  }

  @Authorized(...MANAGERS)
  @Mutation(() => DiningService)
  closeDiningService(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.close(id, ctx.caller);
  }
}
