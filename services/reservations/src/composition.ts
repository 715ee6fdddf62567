import type { ServiceDeps } from '@hotelops/kernel';
import { AvailabilityService } from './availability/availability.service';
import { ChannelService } from './channel/channel.service';
import { CorporateAccountService } from './corporate/corporate-account.service';
import { FolioService } from './folio/folio.service';
import { GroupBlockService } from './group/group-block.service';
import { GuestService } from './guest/guest.service';
import { AriFeedService } from './ota/ari-feed.service';
import { AriPushService } from './ota/ari-push.service';
import { OtaResNotifService } from './ota/res-notif.service';
import { DomainPostingsService } from './posting/domain-postings.service';
import { PropertyService } from './property/property.service';
import { RatePlanService } from './rate-plan/rate-plan.service';
import { RateCalendar } from './rate-plan/rate-calendar';
import { NightAuditService } from './report/night-audit.service';
import { ReportService } from './report/report.service';
import { ReservationService } from './reservation/reservation.service';
import { RoomInventoryService } from './room-inventory/room-inventory.service';
import { RoomService } from './room/room.service';
import { BookingService } from './stay/booking.service';
import { CancellationService } from './stay/cancellation.service';
import { EarlyDepartureService } from './stay/early-departure.service';
import { FolioRoutingService } from './stay/folio-routing.service';
import { FrontDeskService } from './stay/front-desk.service';
import { NoShowService } from './stay/no-show.service';
import { StayChangeService } from './stay/stay-change.service';
import { StayInventory } from './stay/stay-inventory';
import { StayPricing } from './stay/stay-pricing';
import { StayTransitions } from './stay/stay-transitions';

/**
 * The subgraph's one composition point: each service is built once here and handed the
 * collaborators it needs; resolvers, reference loaders, handlers and jobs receive the result.
 */
export function composeReservations(deps: ServiceDeps) {
  const aggregates = composeAggregates(deps);
  return { ...aggregates, ...composeStays(deps, aggregates) };
}

export type ReservationsServices = ReturnType<typeof composeReservations>;

/** One service per aggregate, and the read models over them. */
function composeAggregates(deps: ServiceDeps) {
  const properties = new PropertyService(deps);
  const roomInventory = new RoomInventoryService(deps);
  const rooms = new RoomService(deps, { roomInventory });
  const reservations = new ReservationService(deps);
  const guests = new GuestService(deps, { stays: reservations });
  const folios = new FolioService(deps);
  const corporateAccounts = new CorporateAccountService(deps);
  const rateCalendar = new RateCalendar(deps.db);
  const ratePlans = new RatePlanService(deps, { corporateAccounts, rateCalendar });
  const groupBlocks = new GroupBlockService(deps, { roomInventory, corporateAccounts });
  const availability = new AvailabilityService(deps, { roomInventory, rateCalendar });
  const reports = new ReportService(deps);
  const nightAudits = new NightAuditService(deps);
  return {
    properties,
    roomInventory,
    rooms,
    reservations,
    guests,
    folios,
    corporateAccounts,
    ratePlans,
    rateCalendar,
    groupBlocks,
    availability,
    reports,
    nightAudits,
  };
}

/** The stay use cases, built on the aggregates, and the partner channel that drives them. */
function composeStays(deps: ServiceDeps, a: ReturnType<typeof composeAggregates>) {
  const { reservations, rooms, roomInventory, guests, folios, groupBlocks, corporateAccounts, ratePlans } = a;
  const transitions = new StayTransitions(deps, { reservations });
  const stayInventory = new StayInventory({ roomInventory, groupBlocks });
  const pricing = new StayPricing(deps, { ratePlans, folios, groupBlocks, reservations });
  const booking = new BookingService(deps, {
    reservations,
    rooms,
    guests,
    folios,
    groupBlocks,
    corporateAccounts,
    pricing,
    stayInventory,
    transitions,
  });
  const stayChanges = new StayChangeService(deps, { reservations, rooms, roomInventory, pricing, stayInventory, transitions });
  const cancellations = new CancellationService(deps, { pricing, stayInventory, transitions });
  const noShows = new NoShowService(deps, { pricing, stayInventory, transitions });
  const earlyDepartures = new EarlyDepartureService(deps, { reservations, folios, stayInventory });
  const frontDesk = new FrontDeskService(deps, { reservations, rooms, roomInventory, folios, guests, transitions, earlyDepartures });
  const folioRouting = new FolioRoutingService(deps, { folios, corporateAccounts, groupBlocks, reservations });
  const channel = new ChannelService(deps, { booking, stayChanges, cancellations });
  const domainPostings = new DomainPostingsService(deps, { folios, groupBlocks });
  const otaResNotif = new OtaResNotifService(deps, channel);
  const ariPush = new AriPushService(deps);
  const ariFeed = new AriFeedService(deps, { push: ariPush });
  return { booking, stayChanges, cancellations, noShows, frontDesk, folioRouting, channel, domainPostings, otaResNotif, ariFeed, ariPush };
}
