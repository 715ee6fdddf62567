export { fnbSubgraph } from './app';
export { seedDemo, seedDemoRecipes, type FnbDemoInput, type FnbDemoResult } from './demo/seed-demo';
export type { FnbServices } from './composition';
