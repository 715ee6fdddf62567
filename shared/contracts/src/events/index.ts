import type { EventContract } from './define-event';
import { CaseEscalated, CaseOpened, CaseResolved, CompensationApproved, SurveyAnswered } from './care';
import { OrderSettled } from './fnb';
import { StockMoved } from './inventory';
import {
  AvailabilityChanged,
  RatesChanged,
  GuestErased,
  ReservationCancelled,
  ReservationCheckedIn,
  ReservationCheckedOut,
  ReservationCreated,
  ReservationModified,
  ReservationNoShow,
  RoomStatusChanged,
} from './reservations';
import { EmployeeHired, EmployeeTerminated } from './staffing';

export * from './define-event';
export * from './care';
export * from './fnb';
export * from './inventory';
export * from './reservations';
export * from './staffing';

/** Every event the platform knows, by CloudEvents `type`. */
export const EVENT_CONTRACTS: ReadonlyMap<string, EventContract> = new Map(
  [
    ReservationCreated,
    ReservationCancelled,
    ReservationCheckedIn,
    ReservationCheckedOut,
    ReservationModified,
    ReservationNoShow,
    RoomStatusChanged,
    GuestErased,
    AvailabilityChanged,
    RatesChanged,
    OrderSettled,
    CaseOpened,
    CaseEscalated,
    CaseResolved,
    CompensationApproved,
    SurveyAnswered,
    EmployeeHired,
    EmployeeTerminated,
    StockMoved,
  ].map((c) => [c.type, c as EventContract]),
);
