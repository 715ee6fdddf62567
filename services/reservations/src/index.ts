export { reservationsSubgraph } from './app';
