import type { SubgraphDefinition } from '@hotelops/kernel';
import { handlers } from './events/handlers';
import { FolioEntity, FolioLineEntity } from './folio/folio.entity';
import { FolioResolver } from './folio/folio.resolver';
import { ReservationsInitial1764201600100 } from './migrations/1764201600100-reservations-initial';
import { PropertyEntity } from './property/property.entity';
import { PropertyResolver } from './property/property.resolver';
import { references } from './references';
import { ReservationEntity } from './reservation/reservation.entity';
import { ReservationResolver } from './reservation/reservation.resolver';
import { RoomEntity, RoomTypeEntity } from './room/room.entity';
import { RoomResolver } from './room/room.resolver';

/** The reservations / front-office subgraph: properties, rooms, reservations, folios. */
export const reservationsSubgraph: SubgraphDefinition = {
  name: 'reservations',
  entities: [PropertyEntity, RoomTypeEntity, RoomEntity, ReservationEntity, FolioEntity, FolioLineEntity],
  migrations: [ReservationsInitial1764201600100],
  resolvers: [PropertyResolver, RoomResolver, ReservationResolver, FolioResolver],
  references,
  handlers,
};
