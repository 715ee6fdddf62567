import { RoomStatusChanged } from '@hotelops/contracts';
import { defineSubgraph, invalidateOn } from '@hotelops/kernel';
import { composeReservations } from './composition';
import { handlers } from './events/handlers';
import { ReservationsInitial1764201600100 } from './migrations/1764201600100-reservations-initial';
import { ReservationsInventoryRates1764201600200 } from './migrations/1764201600200-reservations-inventory-rates';
import { ReservationsGuests1764201600300 } from './migrations/1764201600300-reservations-guests';
import { ReservationsGroupsCorporate1764201600400 } from './migrations/1764201600400-reservations-groups-corporate';
import { ReservationsChannelOrder1764201600500 } from './migrations/1764201600500-reservations-channel-order';
import { ReservationsEarlyDeparture1764201600600 } from './migrations/1764201600600-reservations-early-departure';
import { ChannelAckEntity, ChannelTombstoneEntity } from './channel/channel.entity';
import { ReservationsAccountCharges1764201600700 } from './migrations/1764201600700-reservations-account-charges';
import { ReservationsNightAudits1764201600800 } from './migrations/1764201600800-reservations-night-audits';
import { ReservationsOtaAri1764201600900 } from './migrations/1764201600900-reservations-ota-ari';
import { ReservationsAriPush1764201601000 } from './migrations/1764201601000-reservations-ari-push';
import { AriDeltaEntity } from './ota/ari-delta.entity';
import { AriPushDeliveryEntity, AriPushEndpointEntity } from './ota/ari-push.entity';
import { ariPushJob } from './ota/ari-push.job';
import { otaRoutes } from './ota/ota.routes';
import { CorporateAccountEntity } from './corporate/corporate-account.entity';
import { corporateAccountReference } from './corporate/corporate-account.reference';
import { AccountPostingEntity, FolioEntity, FolioLineEntity } from './folio/folio.entity';
import { blockReleaseJob } from './group/block-release.job';
import { BlockAllotmentEntity, GroupBlockEntity } from './group/group-block.entity';
import { groupBlockReference } from './group/group-block.reference';
import { GuestEntity } from './guest/guest.entity';
import { guestReference } from './guest/guest.reference';
import { PropertyEntity } from './property/property.entity';
import { propertyReference } from './property/property.reference';
import { RatePlanEntity, RatePlanRateEntity } from './rate-plan/rate-plan.entity';
import { ratePlanReference } from './rate-plan/rate-plan.reference';
import { ReservationEntity, ReservationHistoryEntity, ReservationNightEntity } from './reservation/reservation.entity';
import { reservationReference } from './reservation/reservation.reference';
import { RoomInventoryEntity } from './room-inventory/room-inventory.entity';
import { RoomEntity, RoomOutageEntity, RoomTypeEntity } from './room/room.entity';
import { roomTypeReference } from './room/room-type.reference';
import { roomReference } from './room/room.reference';
import { noShowJob } from './stay/no-show.job';
// Resolvers, in the order their modules load: it fixes the order of fields in the published
// schema (gateway/supergraph.graphql), so keep it when adding one.
import { AvailabilityResolver } from './availability/availability.resolver';
import { RoomInventoryResolver } from './room-inventory/room-inventory.resolver';
import { ChannelResolver } from './channel/channel.resolver';
import { CorporateAccountResolver } from './corporate/corporate-account.resolver';
import { GroupBlockResolver } from './group/group-block.resolver';
import { GuestResolver } from './guest/guest.resolver';
import { FolioLinesResolver, FolioResolver } from './folio/folio.resolver';
import { FolioRoutingResolver } from './stay/folio-routing.resolver';
import { PropertyResolver } from './property/property.resolver';
import { NightAuditEntity } from './report/night-audit.entity';
import { nightAuditJob } from './report/night-audit.job';
import { ReportResolver } from './report/report.resolver';
import { RatePlanResolver } from './rate-plan/rate-plan.resolver';
import { ReservationResolver } from './reservation/reservation.resolver';
import { GuestStaysResolver } from './reservation/guest-stays.resolver';
import { BookingResolver } from './stay/booking.resolver';
import { FrontDeskResolver } from './stay/front-desk.resolver';
import { RoomResolver } from './room/room.resolver';
import { AriPushResolver } from './ota/ari-push.resolver';

/** The reservations / front-office subgraph: inventory and rates, reservations, guests, groups, front desk, folios. */
export const reservationsSubgraph = defineSubgraph({
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
    ChannelTombstoneEntity,
    GuestEntity,
    CorporateAccountEntity,
    GroupBlockEntity,
    BlockAllotmentEntity,
    AccountPostingEntity,
    NightAuditEntity,
    AriDeltaEntity,
    AriPushEndpointEntity,
    AriPushDeliveryEntity,
  ],
  migrations: [
    ReservationsInitial1764201600100,
    ReservationsInventoryRates1764201600200,
    ReservationsGuests1764201600300,
    ReservationsGroupsCorporate1764201600400,
    ReservationsChannelOrder1764201600500,
    ReservationsEarlyDeparture1764201600600,
    ReservationsAccountCharges1764201600700,
    ReservationsNightAudits1764201600800,
    ReservationsOtaAri1764201600900,
    ReservationsAriPush1764201601000,
  ],
  compose: composeReservations,
  resolvers: [
    AvailabilityResolver,
    RoomInventoryResolver,
    ChannelResolver,
    CorporateAccountResolver,
    GroupBlockResolver,
    GuestResolver,
    FolioResolver,
    FolioLinesResolver,
    FolioRoutingResolver,
    PropertyResolver,
    ReportResolver,
    RatePlanResolver,
    ReservationResolver,
    GuestStaysResolver,
    BookingResolver,
    FrontDeskResolver,
    RoomResolver,
    AriPushResolver,
  ],
  references: (s) => ({
    Reservation: reservationReference(s.reservations),
    Room: roomReference(s.rooms),
    RoomType: roomTypeReference(s.rooms),
    Property: propertyReference(s.properties),
    Guest: guestReference(s.guests),
    RatePlan: ratePlanReference(s.ratePlans),
    GroupBlock: groupBlockReference(s.groupBlocks),
    CorporateAccount: corporateAccountReference(s.corporateAccounts),
  }),
  handlers,
  routes: (s) => otaRoutes(s),
  jobs: (s, deps) => [
    noShowJob(s.noShows, deps),
    blockReleaseJob(s.groupBlocks, deps),
    nightAuditJob(s.nightAudits),
    ariPushJob(s.ariPush, deps),
  ],
  // every change of a room's status or occupancy goes through RoomService.changeStatus, which
  // announces it; every rate written goes through RatePlanService.setRates, which does likewise
  caches: (s) => [invalidateOn(s.rooms.roomCache, RoomStatusChanged, (e) => [e.roomId]), s.rateCalendar.invalidation()],
});
