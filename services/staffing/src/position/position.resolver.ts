import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, uuidArg, type RequestContext } from '@hotelops/kernel';
import type { StaffingServices } from '../composition';
import { loadDepartment } from '../department/department.reference';
import type { DepartmentService } from '../department/department.service';
import { Department } from '../department/department.type';
import type { PositionCatalogueService } from './position-catalogue.service';
import type { PositionEntity } from './position.entity';
import { loadPosition } from './position.reference';
import type { PositionService } from './position.service';
import { CreatePositionInput, Position, PositionCatalogue, PositionConnection } from './position.type';

@Resolver(() => Position)
export class PositionResolver {
  private readonly service: PositionService;
  private readonly catalogue: PositionCatalogueService;
  private readonly departments: DepartmentService;
  constructor({ positions, catalogue, departments }: StaffingServices) {
    this.service = positions;
    this.catalogue = catalogue;
    this.departments = departments;
  }

  @Authorized()
  @Query(() => PositionConnection, { description: 'Positions of a property (optionally of one department) ordered by code' })
  positions(
    @Arg('propertyId', () => ID) propertyId: string,
    @Arg('departmentId', () => ID, { nullable: true }) departmentId: string | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.list(propertyId, ctx.caller, page, departmentId);
  }

  @FieldResolver(() => Department)
  department(@Root() p: PositionEntity, @Ctx() ctx: RequestContext) {
    return loadDepartment(ctx, this.departments).load(p.departmentId);
  }

  @FieldResolver(() => Position, { nullable: true, description: 'The position this one reports to' })
  reportsTo(@Root() p: PositionEntity, @Ctx() ctx: RequestContext) {
    return p.reportsToId ? loadPosition(ctx, this.service).load(p.reportsToId) : null;
  }

  @Authorized('hr-manager')
  @Mutation(() => PositionCatalogue, {
    description: 'Creates the standard hotel departments and positions in a property; running it again changes nothing',
  })
  installPositionCatalogue(@Arg('propertyId', () => ID, uuidArg('propertyId')) propertyId: string, @Ctx() ctx: RequestContext) {
    return this.catalogue.install(propertyId, ctx.caller);
  }

  @Authorized('hr-manager')
  @Mutation(() => Position)
  createPosition(@Arg('input') input: CreatePositionInput, @Ctx() ctx: RequestContext) {
    return this.service.create(input, ctx.caller);
  }
}
