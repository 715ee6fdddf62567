export { careSubgraph } from './app';
export { seedDemo, type CareDemoInput } from './demo/seed-demo';
// For the benchmark (infra/src/bench/care): bulk seeding needs the entities and the SLA rules the services use;
// it runs the sweep and the reports through the app's composed services.
export { CaseEntity } from './case/case.entity';
export { CompensationEntity } from './compensation/compensation.entity';
export { SlaPolicyEntity } from './sla/sla-policy.entity';
export { refreshSla, slaStateOf } from './sla/case-sla';
export { startClocks, levelDue, type SlaTargets } from './sla/sla.rules';
