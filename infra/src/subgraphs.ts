import type { SubgraphDefinition } from '@hotelops/kernel';
import { careSubgraph } from '@hotelops/care';
import { fnbSubgraph } from '@hotelops/fnb';
import { inventorySubgraph } from '@hotelops/inventory';
import { reservationsSubgraph } from '@hotelops/reservations';
import { staffingSubgraph } from '@hotelops/staffing';

/** Every subgraph with its default port (gateway on 4000). */
export const SUBGRAPHS: { definition: SubgraphDefinition; port: number }[] = [
  { definition: staffingSubgraph, port: 4001 },
  { definition: reservationsSubgraph, port: 4002 },
  { definition: fnbSubgraph, port: 4003 },
  { definition: inventorySubgraph, port: 4004 },
  { definition: careSubgraph, port: 4005 },
];
