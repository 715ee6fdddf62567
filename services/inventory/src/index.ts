export { inventorySubgraph } from './app';
export { seedDemo, type InventoryDemoInput } from './demo/seed-demo';
