export { fnbSubgraph } from './app';
export { seedDemo, type FnbDemoInput, type FnbDemoResult } from './demo/seed-demo';
