import type { EventContract } from './define-event';
import { CaseEscalated, CaseOpened, CaseResolved, CompensationApproved, QaReviewScored, SurveyAnswered } from './care';
import { BanquetSettled, BillChargedToRoom, BusinessDayClosed, DepletionRecorded, OrderSettled, RequisitionRequested } from './fnb';
import {
  ConsumptionRecorded,
  CountApproved,
  ItemCostChanged,
  RequisitionStatusChanged,
  StockFellLow,
  StockMoved,
  StockRanOut,
  StockReplenished,
  TransferReceivedShort,
  TransitLossWrittenOff,
} from './inventory';
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
  ReservationRoomMoved,
  FolioPosted,
  FolioPostingRejected,
  NightAudited,
} from './reservations';
import { EmployeeHired, EmployeeTerminated, EscalationRouted, RosterAmended, RosterPublished } from './staffing';

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
    TransferReceivedShort,
    TransitLossWrittenOff,
    ReservationRoomMoved,
    FolioPosted,
    FolioPostingRejected,
    NightAudited,
    DepletionRecorded,
    RequisitionRequested,
    BusinessDayClosed,
    BanquetSettled,
    BillChargedToRoom,
    StockFellLow,
    StockRanOut,
    StockReplenished,
    ItemCostChanged,
    RequisitionStatusChanged,
    ConsumptionRecorded,
    CountApproved,
    RosterPublished,
    RosterAmended,
    EscalationRouted,
    QaReviewScored,
  ].map((c) => [c.type, c as EventContract]),
);
