import type { SubgraphDefinition } from '@hotelops/kernel';
import { AvailabilityResolver } from './availability/availability.resolver';
import { RoomInventoryResolver } from './room-inventory/room-inventory.resolver';
import { RoomInventoryEntity } from './room-inventory/room-inventory.entity';
import { ChannelAckEntity } from './channel/channel.entity';
import { ChannelResolver } from './channel/channel.resolver';
import { CorporateAccountEntity } from './corporate/corporate-account.entity';
import { CorporateAccountResolver } from './corporate/corporate-account.resolver';
import { handlers } from './events/handlers';
import { blockReleaseJob } from './jobs/block-release.job';
import { noShowJob } from './jobs/no-show.job';
import { BlockAllotmentEntity, GroupBlockEntity } from './group/group-block.entity';
import { GroupBlockResolver } from './group/group-block.resolver';
import { GuestEntity } from './guest/guest.entity';
import { GuestResolver } from './guest/guest.resolver';
import { AccountPostingEntity, FolioEntity, FolioLineEntity } from './folio/folio.entity';
import { FolioResolver } from './folio/folio.resolver';
import { ReservationsInitial1764201600100 } from './migrations/1764201600100-reservations-initial';
import { ReservationsInventoryRates1764201600200 } from './migrations/1764201600200-reservations-inventory-rates';
import { ReservationsGuests1764201600300 } from './migrations/1764201600300-reservations-guests';
import { ReservationsGroupsCorporate1764201600400 } from './migrations/1764201600400-reservations-groups-corporate';
import { PropertyEntity } from './property/property.entity';
import { PropertyResolver } from './property/property.resolver';
import { references } from './references';
import { ReportResolver } from './report/report.resolver';
import { RatePlanEntity, RatePlanRateEntity } from './rate-plan/rate-plan.entity';
import { RatePlanResolver } from './rate-plan/rate-plan.resolver';
import { ReservationEntity, ReservationHistoryEntity, ReservationNightEntity } from './reservation/reservation.entity';
import { ReservationResolver } from './reservation/reservation.resolver';
import { RoomEntity, RoomOutageEntity, RoomTypeEntity } from './room/room.entity';
import { RoomResolver } from './room/room.resolver';

/** The reservations / front-office subgraph: inventory and rates, reservations, guests, groups, front desk, folios. */
export const reservationsSubgraph: SubgraphDefinition = {
  name: 'reservations',
  entities: [
    PropertyEntity,
    RoomTypeEntity,
    RoomEntity,
    RoomOutageEntity,
    RoomInventoryEntity,
    RatePlanEntity,
    RatePlanRateEntity,
    ReservationEntity,
    ReservationNightEntity,
    ReservationHistoryEntity,
    FolioEntity,
    FolioLineEntity,
    ChannelAckEntity,
    GuestEntity,
    CorporateAccountEntity,
    GroupBlockEntity,
    BlockAllotmentEntity,
    AccountPostingEntity,
  ],
  migrations: [
    ReservationsInitial1764201600100,
    ReservationsInventoryRates1764201600200,
    ReservationsGuests1764201600300,
    ReservationsGroupsCorporate1764201600400,
  ],
  resolvers: [
    PropertyResolver,
    RoomResolver,
    RatePlanResolver,
    AvailabilityResolver,
    RoomInventoryResolver,
    ReservationResolver,
    ChannelResolver,
    GuestResolver,
    CorporateAccountResolver,
    GroupBlockResolver,
    ReportResolver,
    FolioResolver,
  ],
  references,
  handlers,
  jobs: (_services, deps) => [noShowJob(deps), blockReleaseJob(deps)],
};
