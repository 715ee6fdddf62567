import type { EventContract } from './define-event';
import { CaseOpened, CompensationApproved } from './care';
import { OrderSettled } from './fnb';
import { StockMoved } from './inventory';
import { ReservationCancelled, ReservationCheckedIn, ReservationCheckedOut, ReservationCreated } from './reservations';
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
    OrderSettled,
    CaseOpened,
    CompensationApproved,
    EmployeeHired,
    EmployeeTerminated,
    StockMoved,
  ].map((c) => [c.type, c as EventContract]),
);
