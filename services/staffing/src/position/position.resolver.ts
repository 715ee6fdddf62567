import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection, PageArgs, type RequestContext, type ServiceDeps } from '@hotelops/kernel';
import { DepartmentService } from '../department/department.service';
import { Department } from '../department/department.type';
import { departmentLoader, positionLoader } from '../loaders';
import { PositionCatalogueService } from './position-catalogue.service';
import type { PositionEntity } from './position.entity';
import { PositionService } from './position.service';
import { CreatePositionInput, Position, PositionCatalogue } from './position.type';

@ObjectType()
export class PositionConnection extends Connection(Position) {}

@Resolver(() => Position)
export class PositionResolver {
  private readonly service: PositionService;
  private readonly catalogue: PositionCatalogueService;
  private readonly departments: DepartmentService;
  constructor(deps: ServiceDeps) {
    this.service = new PositionService(deps);
    this.catalogue = new PositionCatalogueService(deps);
    this.departments = new DepartmentService(deps);
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
    return departmentLoader(ctx, this.departments).load(p.departmentId);
  }

  @FieldResolver(() => Position, { nullable: true, description: 'The position this one reports to' })
  reportsTo(@Root() p: PositionEntity, @Ctx() ctx: RequestContext) {
    return p.reportsToId ? positionLoader(ctx, this.service).load(p.reportsToId) : null;
  }

  @Authorized('hr-manager')
  @Mutation(() => PositionCatalogue, {
    description: 'Creates the standard hotel departments and positions in a property; running it again changes nothing',
  })
  installPositionCatalogue(@Arg('propertyId', () => ID) propertyId: string, @Ctx() ctx: RequestContext) {
    return this.catalogue.install(propertyId, ctx.caller);
  }

  @Authorized('hr-manager')
  @Mutation(() => Position)
  createPosition(@Arg('input') input: CreatePositionInput, @Ctx() ctx: RequestContext) {
    return this.service.create(input, ctx.caller);
  }
}
