import { runSubgraphMain } from '@hotelops/kernel';
import { inventorySubgraph } from './app';

void runSubgraphMain(inventorySubgraph, 4004);
