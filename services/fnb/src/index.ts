export { fnbSubgraph } from './app';
export { seedDemo, seedDemoRecipes, type FnbDemoInput, type FnbDemoResult } from './demo/seed-demo';
export type { FnbServices } from './composition';
/** Opening-hours rules, for tools that stage a service at a moment it may open (benches, seeds). */
export { lastInstantWithin, withinHours } from './outlet/outlet.rules';
