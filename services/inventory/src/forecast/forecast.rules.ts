/*
 * Linen and amenity par from the occupancy forecast: reservations on the books (arrivals and
 * stay-overs, nights half-open [arrival, departure)) × use per occupied room-night of each room
 * type → what a housekeeping location needs over the coming days. Pure.
 */
import { fromMilli, toMilli } from '../quantity/quantity.rules';

export interface ForecastStay {
  roomTypeId: string;
  arrival: string;
  departure: string;
}

const addDays = (iso: string, n: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/** Nights [from, from + days) as ISO dates. */
export const nights = (from: string, days: number) => Array.from({ length: days }, (_, i) => addDays(from, i));

/** Occupied rooms per room type and night: a stay occupies each night in [arrival, departure). */
export function occupancy(stays: readonly ForecastStay[], from: string, days: number): Map<string, number[]> {
  const dates = nights(from, days);
  const out = new Map<string, number[]>();
  for (const s of stays) {
    const row = out.get(s.roomTypeId) ?? Array<number>(days).fill(0);
    dates.forEach((d, i) => {
      if (s.arrival <= d && d < s.departure) row[i] += 1;
    });
    out.set(s.roomTypeId, row);
  }
  return out;
}

/** Stock needed over the horizon: Σ nights Σ room types use per occupied night × rooms occupied. */
export function requiredStock(pars: readonly { roomTypeId: string; perOccupiedNight: number }[], occ: Map<string, number[]>): number {
  let milli = 0;
  for (const p of pars) for (const rooms of occ.get(p.roomTypeId) ?? []) milli += toMilli(p.perOccupiedNight) * rooms;
  return fromMilli(milli);
}

/** The busiest night's need: the par a location must hold at least for a single day. */
export function peakNight(
  pars: readonly { roomTypeId: string; perOccupiedNight: number }[],
  occ: Map<string, number[]>,
  days: number,
): number {
  let peak = 0;
  for (let i = 0; i < days; i++) {
    let milli = 0;
    for (const p of pars) milli += toMilli(p.perOccupiedNight) * (occ.get(p.roomTypeId)?.[i] ?? 0);
    peak = Math.max(peak, milli);
  }
  return fromMilli(peak);
}
