import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DomainError, EMPLOYEE, uuidArg, type RequestContext } from '@hotelops/kernel';
import type { StaffingServices } from '../composition';
import type { TrainingPlanEntity, TrainingRecordEntity } from './training.entity';
import {
  CreateTrainingPlanInput,
  ScheduleTrainingSessionInput,
  TrainingPlan,
  TrainingRecord,
  TrainingResultInput,
  TrainingSession,
} from './training.type';

const LEADS = [EMPLOYEE, 'hr-manager'];

function atMost200(value: unknown): void {
  if (Array.isArray(value) && value.length > 200) {
    throw new DomainError('INPUT.INVALID', 'Invalid input — employeeIds: at most 200 at a time', {
      field: 'employeeIds',
      fields: ['employeeIds'],
    });
  }
}

@Resolver(() => TrainingPlan)
export class TrainingPlanResolver {
  constructor(private readonly s: StaffingServices) {}

  @Authorized()
  @Query(() => [TrainingPlan])
  trainingPlans(@Arg('propertyId', () => ID, uuidArg('propertyId')) propertyId: string, @Ctx() ctx: RequestContext) {
    return this.s.training.plans(propertyId, ctx.caller);
  }

  @FieldResolver(() => [TrainingSession])
  sessions(@Root() p: TrainingPlanEntity) {
    return this.s.training.sessionsOfPlan(p.id);
  }

  @Authorized(...LEADS)
  @Mutation(() => TrainingPlan, { description: 'A department’s training plan (its leaders) or the property’s (HR)' })
  createTrainingPlan(@Arg('input') input: CreateTrainingPlanInput, @Ctx() ctx: RequestContext) {
    return this.s.training.createPlan(input, ctx.caller);
  }

  @Authorized(...LEADS)
  @Mutation(() => TrainingSession, { description: 'A session; ONBOARDING sessions are assigned to every new hire' })
  scheduleTrainingSession(@Arg('input') input: ScheduleTrainingSessionInput, @Ctx() ctx: RequestContext) {
    return this.s.training.scheduleSession(input, ctx.caller);
  }

  @Authorized(...LEADS)
  @Mutation(() => [TrainingRecord])
  assignTraining(
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('employeeIds', () => [ID], { validateFn: atMost200 }) employeeIds: string[],
    @Ctx() ctx: RequestContext,
  ) {
    return this.s.training.assign(sessionId, employeeIds, ctx.caller);
  }

  @Authorized(...LEADS)
  @Mutation(() => TrainingRecord, { description: 'Attendance and result; a pass of a certifying session records the certificate' })
  recordTrainingResult(@Arg('input') input: TrainingResultInput, @Ctx() ctx: RequestContext) {
    return this.s.training.recordResult(input, ctx.caller);
  }

  @Authorized()
  @Query(() => [TrainingRecord], { description: 'A person’s training: self, supervisor, department leaders, HR' })
  trainingRecords(@Arg('employeeId', () => ID) employeeId: string, @Ctx() ctx: RequestContext) {
    return this.s.training.recordsOf(employeeId, ctx.caller);
  }
}

@Resolver(() => TrainingRecord)
export class TrainingRecordResolver {
  constructor(private readonly s: StaffingServices) {}

  @FieldResolver(() => TrainingSession)
  async session(@Root() r: TrainingRecordEntity, @Ctx() ctx: RequestContext) {
    const load = ctx.loader('TrainingSession', async (ids) => {
      const rows = await this.s.training.sessionsByIds(ids);
      return ids.map((id) => rows.find((x) => x.id === id) ?? null);
    });
    return load.load(r.sessionId);
  }
}
