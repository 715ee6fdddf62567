import type { ServiceDeps } from '@hotelops/kernel';
import { AnalyticsService } from './analytics/analytics.service';
import { CaseService } from './case/case.service';
import { CaseOpeningService } from './case-work/case-opening.service';
import { CaseQueueService } from './case-work/case-queue.service';
import { CaseWorkflowService } from './case-work/case-workflow.service';
import { CompensationPostingService } from './compensation/compensation-posting.service';
import { CompensationService } from './compensation/compensation.service';
import { EscalationNoticeService } from './escalation-notice/escalation-notice.service';
import { LostFoundService } from './lost-found/lost-found.service';
import { MessageService } from './message/message.service';
import { QaService } from './qa/qa.service';
import { ReplyTemplateService } from './reply-template/reply-template.service';
import { ReviewService } from './review/review.service';
import { SlaEscalationService } from './sla/sla-escalation.service';
import { SlaPolicyService } from './sla/sla-policy.service';
import { SlaWatchService } from './sla/sla-watch.service';
import { StayDirectoryService } from './stay/stay.service';
import { SurveyService } from './survey/survey.service';
import { TeamService } from './team/team.service';

/**
 * The subgraph's one composition point: each service is built once here and handed the
 * collaborators it needs; resolvers, reference loaders, handlers, jobs and the demo seed
 * receive the result.
 */
export function composeCare(deps: ServiceDeps) {
  const cases = new CaseService(deps);
  const stays = new StayDirectoryService();
  const slaPolicies = new SlaPolicyService(deps);
  const caseOpening = new CaseOpeningService(deps, slaPolicies, stays);
  const caseWorkflow = new CaseWorkflowService(deps, caseOpening);
  const caseQueue = new CaseQueueService(deps);
  return {
    cases,
    caseOpening,
    caseWorkflow,
    caseQueue,
    slaPolicies,
    slaEscalation: new SlaEscalationService(deps),
    slaWatch: new SlaWatchService(deps),
    escalationNotices: new EscalationNoticeService(deps),
    stays,
    compensations: new CompensationService(deps, stays),
    compensationPostings: new CompensationPostingService(deps),
    teams: new TeamService(deps, caseQueue),
    replyTemplates: new ReplyTemplateService(deps, cases, caseWorkflow),
    surveys: new SurveyService(deps),
    lostFound: new LostFoundService(deps),
    messages: new MessageService(deps),
    reviews: new ReviewService(deps, cases, caseOpening),
    qa: new QaService(deps),
    analytics: new AnalyticsService(deps),
  };
}

export type CareServices = ReturnType<typeof composeCare>;
