import { runSubgraphMain } from '@hotelops/kernel';
import { careSubgraph } from './app';

void runSubgraphMain(careSubgraph, 4005);
