export { inventorySubgraph } from './app';
export type { InventoryServices } from './composition';
export { seedDemo, type InventoryDemoInput } from './demo/seed-demo';
