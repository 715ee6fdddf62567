/*
 * Pure hotel KPIs from the aggregates the report queries return.
 */

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
export const SOLD_STATUSES = ['TENTATIVE', 'CONFIRMED', 'CHECKED_IN', 'CHECKED_OUT'] as const;
