export { staffingSubgraph } from './app';
export { seedDemo, type StaffingDemo } from './demo/seed-demo';
