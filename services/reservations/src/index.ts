export { reservationsSubgraph } from './app';
export { seedDemo, type ReservationsDemo } from './demo/seed-demo';
