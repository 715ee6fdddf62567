/*
 * Pure reservation rules: the status machine, stay dates and price. No I/O, no frameworks.
 */

import { daysBetween, isIsoDate } from '../calendar/calendar.rules';

export const RESERVATION_STATUSES = ['TENTATIVE', 'CONFIRMED', 'CHECKED_IN', 'CHECKED_OUT', 'CANCELLED', 'NO_SHOW'] as const;
export type ReservationStatus = (typeof RESERVATION_STATUSES)[number];

export const BOOKING_CHANNELS = ['PHONE', 'EMAIL', 'WALK_IN', 'ONLINE', 'CHANNEL'] as const;
export type BookingChannel = (typeof BOOKING_CHANNELS)[number];

export const GUARANTEE_KINDS = ['CARD', 'DEPOSIT', 'COMPANY'] as const;
export type GuaranteeKind = (typeof GUARANTEE_KINDS)[number];

export type ReservationAction = 'confirm' | 'checkIn' | 'checkOut' | 'cancel' | 'noShow';

const TRANSITIONS: Record<ReservationAction, { from: readonly ReservationStatus[]; to: ReservationStatus }> = {
  confirm: { from: ['TENTATIVE'], to: 'CONFIRMED' },
  checkIn: { from: ['CONFIRMED'], to: 'CHECKED_IN' },
  checkOut: { from: ['CHECKED_IN'], to: 'CHECKED_OUT' },
  cancel: { from: ['TENTATIVE', 'CONFIRMED'], to: 'CANCELLED' },
  noShow: { from: ['TENTATIVE', 'CONFIRMED'], to: 'NO_SHOW' },
};

/** The status after `action`, or an explanation of why it is not allowed. */
export function transition(
  current: ReservationStatus,
  action: ReservationAction,
): { ok: true; to: ReservationStatus } | { ok: false; reason: string } {
  const t = TRANSITIONS[action];
  if (t.from.includes(current)) return { ok: true, to: t.to };
  return { ok: false, reason: `cannot ${action} a reservation that is ${current} (allowed from ${t.from.join(', ')})` };
}

/** Statuses in which dates, room type, plan and guest details may still change. */
export const MODIFIABLE: readonly ReservationStatus[] = ['TENTATIVE', 'CONFIRMED'];

/** Statuses that hold inventory. */
export const HOLDS_INVENTORY: readonly ReservationStatus[] = ['TENTATIVE', 'CONFIRMED', 'CHECKED_IN'];

/** Nights of a half-open stay [arrival, departure). */
export const nights = (arrival: string, departure: string): number => daysBetween(arrival, departure);

export const MAX_STAY_NIGHTS = 90;

/** Why a stay is invalid, or null when it is fine. `today` is the property's local date. */
export function validateStay(arrival: string, departure: string, today: string): string | null {
  if (!isIsoDate(arrival) || !isIsoDate(departure)) return 'arrival and departure must be ISO dates';
  const n = nights(arrival, departure);
  if (n < 1) return `departure (${departure}) must be after arrival (${arrival})`;
  if (n > MAX_STAY_NIGHTS) return `a stay may not exceed ${MAX_STAY_NIGHTS} nights`;
  if (arrival < today) return `arrival (${arrival}) is in the past for this property (today is ${today})`;
  return null;
}

/** Two half-open stays share a night. */
export function overlaps(a: { arrival: string; departure: string }, b: { arrival: string; departure: string }): boolean {
  return a.arrival < b.departure && b.arrival < a.departure;
}

/** Room revenue of a stay at a flat nightly rate (rate plans per date come with the rates work). */
export function stayPrice(nightlyMinor: number, arrival: string, departure: string): number {
  return nightlyMinor * nights(arrival, departure);
}

/** Human-friendly confirmation number: property code + 6 base-36 chars. */
export function confirmationNumber(propertyCode: string, random: () => number = Math.random): string {
  let s = '';
  for (let i = 0; i < 6; i++) s += '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ'[Math.floor(random() * 34)];
  return `${propertyCode}-${s}`;
}

/** A stay not yet arrived is a no-show once its arrival day's cut-off (local) has passed. */
export function isPastNoShowCutoff(arrival: string, today: string, nowTime: string, cutoff: string): boolean {
  return arrival < today || (arrival === today && nowTime >= cutoff);
}
