import { Arg, Args, Authorized, Ctx, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Connection, PageArgs, type RequestContext, type ServiceDeps } from '@hotelops/kernel';
import { DepartmentService } from './department.service';
import { CreateDepartmentInput, Department } from './department.type';

@ObjectType()
export class DepartmentConnection extends Connection(Department) {}

@Resolver(() => Department)
export class DepartmentResolver {
  private readonly service: DepartmentService;
  constructor(deps: ServiceDeps) {
    this.service = new DepartmentService(deps);
  }

  @Authorized()
  @Query(() => DepartmentConnection, { description: 'Departments of a property ordered by code' })
  departments(@Arg('propertyId', () => ID) propertyId: string, @Args() page: PageArgs, @Ctx() ctx: RequestContext) {
    return this.service.list(propertyId, ctx.caller, page);
  }

  @Authorized('hr-manager')
  @Mutation(() => Department)
  createDepartment(@Arg('input') input: CreateDepartmentInput, @Ctx() ctx: RequestContext) {
    return this.service.create(input, ctx.caller);
  }
}
