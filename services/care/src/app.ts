import type { SubgraphDefinition } from '@hotelops/kernel';
import { CaseCounterEntity, CaseEntity, CaseHistoryEntity } from './case/case.entity';
import { CaseHistoryResolver, CaseResolver } from './case/case.resolver';
import { handlers } from './events/handlers';
import { CareInitial1764201600500 } from './migrations/1764201600500-care-initial';
import { references } from './references';
import { ReservationCasesResolver } from './reservation/reservation.resolver';

/** The customer-care subgraph: guest cases linked to stays and worked by employees. */
export const careSubgraph: SubgraphDefinition = {
  name: 'care',
  entities: [CaseEntity, CaseHistoryEntity, CaseCounterEntity],
  migrations: [CareInitial1764201600500],
  resolvers: [CaseResolver, CaseHistoryResolver, ReservationCasesResolver],
  references,
  handlers,
};
