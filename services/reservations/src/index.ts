export { reservationsSubgraph } from './app';
export { seedDemo, type ReservationsDemo } from './demo/seed-demo';
export { AvailabilityService } from './availability/availability.service';
export { RatePlanService } from './rate-plan/rate-plan.service';
export { ReservationService } from './reservation/reservation.service';
export { RoomService } from './room/room.service';
export { PropertyService } from './property/property.service';
export { FeeKindEnum, GuaranteeRuleEnum } from './rate-plan/rate-plan.type';
export { BookingChannelEnum } from './reservation/reservation.type';
