export { reservationsSubgraph } from './app';
export { composeReservations, type ReservationsServices } from './composition';
export { seedDemo, type ReservationsDemo } from './demo/seed-demo';
