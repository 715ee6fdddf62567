import { runSubgraphMain } from '@hotelops/kernel';
import { reservationsSubgraph } from './app';

void runSubgraphMain(reservationsSubgraph, 4002);
