export { careSubgraph } from './app';
export { seedDemo, type CareDemoInput } from './demo/seed-demo';
