export { careSubgraph } from './app';
export { seedDemo, type CareDemoInput } from './demo/seed-demo';
export { slaSweepJob, SLA_SWEEP_EVERY_MS } from './sla/sla-sweep.job';
// For the benchmark (infra/src/bench/care): bulk seeding needs the entities and the SLA rules the services use.
export { CaseEntity } from './case/case.entity';
export { CompensationEntity } from './compensation/compensation.entity';
export { SlaPolicyEntity } from './sla/sla-policy.entity';
export { refreshSla, slaStateOf } from './sla/case-sla';
export { startClocks, levelDue, type SlaTargets } from './sla/sla.rules';
export { SlaEscalationService } from './sla/sla-escalation.service';
export { AnalyticsService } from './analytics/analytics.service';
