import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@hotelops/kernel';
import type { StaffingServices } from '../composition';
import { loadEmployee } from '../employee/employee.reference';
import { Employee } from '../employee/employee.type';
import type { EscalationRouteEntity } from './escalation-route.entity';

@ObjectType({ description: 'Who one of care’s escalations reached: the person on duty in the role now, or the next level up' })
export class EscalationRoute {
  @Field(() => ID)
  caseId: string;

  @Field()
  caseNumber: string;

  @Field(() => Int)
  level: number;

  @Field({ description: 'the role care asked for' })
  requestedRole: string;

  @Field({ description: 'the role reached (higher when nobody was on duty in the one asked for)' })
  routedRole: string;

  @Field(() => ID, { nullable: true })
  notifiedEmployeeId: string | null;

  @Field({ description: 'why this person, or why nobody' })
  explanation: string;

  @Field(() => Date)
  routedAt: Date;
}

@Resolver(() => EscalationRoute)
export class EscalationResolver {
  constructor(private readonly s: StaffingServices) {}

  @Authorized()
  @Query(() => [EscalationRoute], { description: 'Who each escalation of a case reached' })
  escalationRoutes(@Arg('caseId', () => ID) caseId: string, @Ctx() ctx: RequestContext) {
    return this.s.escalations.ofCase(caseId, ctx.caller);
  }

  @FieldResolver(() => Employee, { nullable: true })
  notified(@Root() r: EscalationRouteEntity, @Ctx() ctx: RequestContext) {
    return r.notifiedEmployeeId ? loadEmployee(ctx, this.s.employees).load(r.notifiedEmployeeId) : null;
  }
}
