import { runSubgraphMain } from '@hotelops/kernel';
import { staffingSubgraph } from './app';

void runSubgraphMain(staffingSubgraph, 4001);
