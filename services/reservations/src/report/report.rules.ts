/*
 * Pure hotel KPIs from the aggregates the report queries return, and the front desk's lists.
 */
import { HOLDS_INVENTORY, STAYED, type ReservationStatus } from '../reservation/reservation.rules';

export interface DayFigures {
  roomsAvailable: number;
  roomsSold: number;
  roomRevenueMinor: number;
}

export interface Kpis extends DayFigures {
  /** 出租率: rooms sold / rooms available, in percent with two decimals. */
  occupancyPercent: number;
  /** 平均房价 (ADR): room revenue / rooms sold, in minor units. */
  adrMinor: number;
  /** RevPAR: room revenue / rooms available, in minor units. */
  revparMinor: number;
}

export function kpis(f: DayFigures): Kpis {
  return {
    ...f,
    occupancyPercent: f.roomsAvailable ? Math.round((f.roomsSold / f.roomsAvailable) * 10_000) / 100 : 0,
    adrMinor: f.roomsSold ? Math.round(f.roomRevenueMinor / f.roomsSold) : 0,
    revparMinor: f.roomsAvailable ? Math.round(f.roomRevenueMinor / f.roomsAvailable) : 0,
  };
}

/** The period's figures: sums of the days, ratios recomputed (not averaged). */
export function totals(days: readonly DayFigures[]): Kpis {
  return kpis(
    days.reduce(
      (a, d) => ({
        roomsAvailable: a.roomsAvailable + d.roomsAvailable,
        roomsSold: a.roomsSold + d.roomsSold,
        roomRevenueMinor: a.roomRevenueMinor + d.roomRevenueMinor,
      }),
      { roomsAvailable: 0, roomsSold: 0, roomRevenueMinor: 0 },
    ),
  );
}

/** Statuses whose nights count as sold (on the books or stayed). */
export const SOLD_STATUSES: readonly ReservationStatus[] = [...HOLDS_INVENTORY, 'CHECKED_OUT'];

export const FRONT_DESK_LISTS = ['ARRIVALS', 'DEPARTURES', 'IN_HOUSE'] as const;
export type FrontDeskList = (typeof FRONT_DESK_LISTS)[number];

/** Statuses each front-desk list shows: arrivals expected or already in; departures and guests in house that did arrive. */
export const FRONT_DESK_STATUSES: Readonly<Record<FrontDeskList, readonly ReservationStatus[]>> = {
  ARRIVALS: HOLDS_INVENTORY,
  DEPARTURES: STAYED,
  IN_HOUSE: STAYED,
};
