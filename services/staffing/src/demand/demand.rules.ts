/*
 * Labour demand from the reservation forecast: rooms arriving, departing and staying over per
 * day × minutes of work each causes per department (plus a fixed daily base) → staff-minutes
 * needed per department and day, compared with the minutes the published roster schedules.
 * Pure.
 */
import { addDays } from '../calendar/local-time.rules';

export interface DayCounts {
  date: string;
  arrivals: number;
  departures: number;
  stayovers: number;
}

/** Minutes of work per room movement for one department (configurable per property). */
export interface LabourStandard {
  departmentCode: string;
  perArrival: number;
  perDeparture: number;
  perStayover: number;
  /** minutes needed every day whatever the house count (cover for the desk, the night audit …) */
  fixedDaily: number;
  /** F&B: covers expected per 100 rooms occupied the night before (breakfast capture; 0 = none) */
  coversPer100Rooms: number;
  /** F&B: minutes of service per forecast cover */
  perCover: number;
}

/**
 * Sensible starting points until HR sets the property's own. F&B has none by default: a property
 * that rosters its outlets sets its covers capture and minutes per cover (`setLabourStandard`).
 */
export const DEFAULT_STANDARDS: readonly LabourStandard[] = [
  // a departure room takes 30 minutes to clean, a stay-over 15
  {
    departmentCode: 'housekeeping',
    perArrival: 0,
    perDeparture: 30,
    perStayover: 15,
    fixedDaily: 8 * 60,
    coversPer100Rooms: 0,
    perCover: 0,
  },
  // check-in 10 minutes, check-out 6, plus a desk staffed around the clock
  {
    departmentCode: 'front-office',
    perArrival: 10,
    perDeparture: 6,
    perStayover: 0,
    fixedDaily: 24 * 60,
    coversPer100Rooms: 0,
    perCover: 0,
  },
];

/** Counts per day of [from, from + days) from stays (arrival inclusive, departure exclusive). */
export function countDays(stays: readonly { arrival: string; departure: string }[], from: string, days: number): DayCounts[] {
  const out = Array.from({ length: days }, (_, i) => ({ date: addDays(from, i), arrivals: 0, departures: 0, stayovers: 0 }));
  const index = new Map(out.map((d, i) => [d.date, i]));
  for (const s of stays) {
    const a = index.get(s.arrival);
    if (a !== undefined) out[a].arrivals++;
    const d = index.get(s.departure);
    if (d !== undefined) out[d].departures++;
    for (const day of out) if (day.date > s.arrival && day.date < s.departure) day.stayovers++;
  }
  return out;
}

/**
 * The covers forecast of a day from the house count: rooms occupied the night before (the day's
 * stay-overs and departures) × the capture per 100 rooms, to the nearest cover.
 */
export const coversForecast = (c: DayCounts, s: Pick<LabourStandard, 'coversPer100Rooms'>) =>
  Math.round(((c.stayovers + c.departures) * s.coversPer100Rooms) / 100);

export const requiredMinutes = (c: DayCounts, s: LabourStandard) =>
  c.arrivals * s.perArrival +
  c.departures * s.perDeparture +
  c.stayovers * s.perStayover +
  coversForecast(c, s) * s.perCover +
  s.fixedDaily;

/** Understaffed when the roster schedules fewer paid minutes than the demand. */
export function shortfall(required: number, scheduled: number): number {
  return Math.max(0, required - scheduled);
}
