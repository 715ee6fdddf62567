import { runSubgraphMain } from '@hotelops/kernel';
import { fnbSubgraph } from './app';

void runSubgraphMain(fnbSubgraph, 4003);
