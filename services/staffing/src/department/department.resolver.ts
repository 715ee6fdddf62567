import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { PageArgs, type RequestContext } from '@hotelops/kernel';
import type { StaffingServices } from '../composition';
import type { DepartmentService } from './department.service';
import { CreateDepartmentInput, Department, DepartmentConnection } from './department.type';

@Resolver(() => Department)
export class DepartmentResolver {
  private readonly service: DepartmentService;
  constructor({ departments }: StaffingServices) {
    this.service = departments;
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
