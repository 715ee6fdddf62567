import { defineSubgraph } from '@hotelops/kernel';
import { AnalyticsResolver } from './analytics/analytics.resolver';
import { CaseCounterEntity, CaseEntity, CaseHistoryEntity } from './case/case.entity';
import { caseReference } from './case/case.reference';
import { CaseHistoryResolver, CaseResolver } from './case/case.resolver';
import { OutletComplaintsResolver } from './case/outlet-complaints.resolver';
import { ReservationCasesResolver } from './case/reservation-cases.resolver';
import { CaseWorkResolver } from './case-work/case-work.resolver';
import { composeCare } from './composition';
import { CompensationEntity, CompensationLimitsEntity } from './compensation/compensation.entity';
import { CaseCompensationsResolver, CompensationResolver } from './compensation/compensation.resolver';
import { CaseEscalationNoticeEntity } from './escalation-notice/escalation-notice.entity';
import { CaseEscalationNoticeResolver, CaseEscalationNoticesResolver } from './escalation-notice/escalation-notice.resolver';
import { handlers } from './events/handlers';
import { outletReference } from './federation/outlet.reference';
import { reservationReference } from './federation/reservation.reference';
import { QaCriterionEntity, QaReviewEntity, QaScoreEntity, QaScorecardEntity } from './qa/qa.entity';
import { AgentQaScoreResolver, QaResolver, QaScorecardResolver } from './qa/qa.resolver';
import { ReviewEntity } from './review/review.entity';
import { ReviewResolver } from './review/review.resolver';
import { MessageEntity } from './message/message.entity';
import { MessageResolver } from './message/message.resolver';
import { LostItemEntity, LostItemHistoryEntity } from './lost-found/lost-found.entity';
import { LostFoundResolver, LostItemStepResolver } from './lost-found/lost-found.resolver';
import { CareInitial1764201600500 } from './migrations/1764201600500-care-initial';
import { CareSla1764201600600 } from './migrations/1764201600600-care-sla';
import { CareCompensation1764201600700 } from './migrations/1764201600700-care-compensation';
import { CareTeamsTemplates1764201600800 } from './migrations/1764201600800-care-teams-templates';
import { CareLinksSurveys1764201600900 } from './migrations/1764201600900-care-links-surveys';
import { CareLostFound1764201601000 } from './migrations/1764201601000-care-lost-found';
import { CareMessages1764201601100 } from './migrations/1764201601100-care-messages';
import { CareReviews1764201601200 } from './migrations/1764201601200-care-reviews';
import { CareQa1764201601300 } from './migrations/1764201601300-care-qa';
import { CareStaysPostings1764201601400 } from './migrations/1764201601400-care-stays-postings';
import { CareEscalationNotices1764201601500 } from './migrations/1764201601500-care-escalation-notices';
import { KnownStayEntity } from './stay/stay.entity';
import { ReplyTemplateEntity } from './reply-template/reply-template.entity';
import { ReplyTemplateResolver } from './reply-template/reply-template.resolver';
import { SlaPolicyEntity } from './sla/sla-policy.entity';
import { CaseSlaResolver, SlaResolver } from './sla/sla.resolver';
import { slaSweepJob } from './sla/sla-sweep.job';
import { SurveyRatingEntity, SurveyResponseEntity } from './survey/survey.entity';
import { CaseSurveyResolver, SurveyResolver } from './survey/survey.resolver';
import { CareTeamEntity, CareTeamMemberEntity } from './team/team.entity';
import { CaseTeamResolver, TeamResolver } from './team/team.resolver';

/** The customer-care subgraph: guest cases with SLAs, escalation and compensation, worked by teams of employees. */
export const careSubgraph = defineSubgraph({
  name: 'care',
  entities: [
    CaseEntity,
    CaseHistoryEntity,
    CaseCounterEntity,
    SlaPolicyEntity,
    CompensationEntity,
    CompensationLimitsEntity,
    CareTeamEntity,
    CareTeamMemberEntity,
    ReplyTemplateEntity,
    SurveyResponseEntity,
    SurveyRatingEntity,
    LostItemEntity,
    LostItemHistoryEntity,
    MessageEntity,
    ReviewEntity,
    QaScorecardEntity,
    QaCriterionEntity,
    QaReviewEntity,
    QaScoreEntity,
    KnownStayEntity,
    CaseEscalationNoticeEntity,
  ],
  migrations: [
    CareInitial1764201600500,
    CareSla1764201600600,
    CareCompensation1764201600700,
    CareTeamsTemplates1764201600800,
    CareLinksSurveys1764201600900,
    CareLostFound1764201601000,
    CareMessages1764201601100,
    CareReviews1764201601200,
    CareQa1764201601300,
    CareStaysPostings1764201601400,
    CareEscalationNotices1764201601500,
  ],
  compose: composeCare,
  resolvers: [
    CaseResolver,
    CaseHistoryResolver,
    CaseWorkResolver,
    ReservationCasesResolver,
    OutletComplaintsResolver,
    SlaResolver,
    CaseSlaResolver,
    CaseEscalationNoticesResolver,
    CaseEscalationNoticeResolver,
    CompensationResolver,
    CaseCompensationsResolver,
    TeamResolver,
    CaseTeamResolver,
    ReplyTemplateResolver,
    SurveyResolver,
    CaseSurveyResolver,
    LostFoundResolver,
    LostItemStepResolver,
    MessageResolver,
    ReviewResolver,
    QaResolver,
    QaScorecardResolver,
    AgentQaScoreResolver,
    AnalyticsResolver,
  ],
  references: (s) => ({
    Case: caseReference(s.cases),
    Reservation: reservationReference,
    Outlet: outletReference,
  }),
  handlers,
  jobs: (s, deps) => [slaSweepJob(s.slaEscalation, deps.logger)],
});
