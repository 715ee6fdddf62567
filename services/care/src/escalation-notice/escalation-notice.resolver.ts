import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@hotelops/kernel';
import type { CareServices } from '../composition';
import type { CaseEntity } from '../case/case.entity';
import { Case } from '../case/case.type';
import { EmployeeRef } from '../federation/employee.reference';
import { refOf } from '../federation/ref-of';
import type { CaseEscalationNoticeEntity } from './escalation-notice.entity';
import { CaseEscalationNotice } from './escalation-notice.type';

@Resolver(() => Case)
export class CaseEscalationNoticesResolver {
  constructor(private readonly s: CareServices) {}

  @FieldResolver(() => [CaseEscalationNotice], { description: 'Who each escalation reached (or that nobody was on duty), oldest first' })
  escalationNotices(@Root() c: CaseEntity, @Ctx() ctx: RequestContext) {
    return ctx.loader<CaseEscalationNoticeEntity[]>('CaseEscalationNotices', (ids) => this.s.escalationNotices.ofCases(ids)).load(c.id);
  }
}

@Resolver(() => CaseEscalationNotice)
export class CaseEscalationNoticeResolver {
  @FieldResolver(() => EmployeeRef, { nullable: true, description: 'The employee notified (staffing)' })
  notified(@Root() n: CaseEscalationNoticeEntity) {
    return refOf(n.notifiedEmployeeId);
  }

  @FieldResolver(() => Boolean, { description: 'whether it fell back to a higher level than asked for' })
  fellBack(@Root() n: CaseEscalationNoticeEntity) {
    return n.routedRole !== n.requestedRole;
  }

  @FieldResolver(() => Boolean, { description: 'nobody was on duty and clocked in at any level: the case still needs someone' })
  nobodyOnDuty(@Root() n: CaseEscalationNoticeEntity) {
    return n.notifiedEmployeeId === null;
  }
}
