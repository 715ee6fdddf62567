/*
 * Pure reservation rules: the vocabulary, the status machine and stay dates. No I/O, no frameworks.
 */

import { stateMachine } from '@hotelops/kernel/rules';
import { daysBetween, isIsoDate } from '../calendar/calendar.rules';

export const RESERVATION_STATUSES = ['TENTATIVE', 'CONFIRMED', 'CHECKED_IN', 'CHECKED_OUT', 'CANCELLED', 'NO_SHOW'] as const;
export type ReservationStatus = (typeof RESERVATION_STATUSES)[number];

export const BOOKING_CHANNELS = ['PHONE', 'EMAIL', 'WALK_IN', 'ONLINE', 'CHANNEL'] as const;
export type BookingChannel = (typeof BOOKING_CHANNELS)[number];

export const GUARANTEE_KINDS = ['CARD', 'DEPOSIT', 'COMPANY'] as const;
export type GuaranteeKind = (typeof GUARANTEE_KINDS)[number];

export type ReservationAction = 'confirm' | 'checkIn' | 'checkOut' | 'cancel' | 'noShow';

/** Booked and not yet arrived: dates, room type, plan and guest details may still change. */
export const MODIFIABLE: readonly ReservationStatus[] = ['TENTATIVE', 'CONFIRMED'];

/** Statuses that hold inventory. */
export const HOLDS_INVENTORY: readonly ReservationStatus[] = [...MODIFIABLE, 'CHECKED_IN'];

/** In house or departed: the stay happened. */
export const STAYED: readonly ReservationStatus[] = ['CHECKED_IN', 'CHECKED_OUT'];

export const RESERVATION_MACHINE = stateMachine<ReservationStatus, ReservationAction>('reservation', RESERVATION_STATUSES, {
  confirm: { from: ['TENTATIVE'], to: 'CONFIRMED' },
  checkIn: { from: ['CONFIRMED'], to: 'CHECKED_IN', verb: 'check in' },
  checkOut: { from: ['CHECKED_IN'], to: 'CHECKED_OUT', verb: 'check out' },
  cancel: { from: MODIFIABLE, to: 'CANCELLED' },
  noShow: { from: MODIFIABLE, to: 'NO_SHOW', verb: 'mark as a no-show' },
});

/** Nights of a half-open stay [arrival, departure). */
export const nights = (arrival: string, departure: string): number => daysBetween(arrival, departure);

export const MAX_STAY_NIGHTS = 90;

/** A reason given for a change (cancellation, room move): a sentence or two, not a document. */
export const REASON_MAX = 500;

/** Why a stay is invalid, or null when it is fine. `today` is the property's local date. */
export function validateStay(arrival: string, departure: string, today: string): string | null {
  if (!isIsoDate(arrival) || !isIsoDate(departure)) return 'arrival and departure must be ISO dates';
  const n = nights(arrival, departure);
  if (n < 1) return `departure (${departure}) must be after arrival (${arrival})`;
  if (n > MAX_STAY_NIGHTS) return `a stay may not exceed ${MAX_STAY_NIGHTS} nights`;
  if (arrival < today) return `arrival (${arrival}) is in the past for this property (today is ${today})`;
  return null;
}

/** What a stay is booked as: the fields a modification may change. */
export interface StayTerms {
  arrival: string;
  departure: string;
  roomTypeId: string;
  ratePlanId: string | null;
  adults: number;
  guestName: string;
  specialRequests: string | null;
}

const STAY_TERM_FIELDS: readonly (keyof StayTerms)[] = [
  'arrival',
  'departure',
  'roomTypeId',
  'ratePlanId',
  'adults',
  'guestName',
  'specialRequests',
];

/**
 * The fields of `change` that differ from the stay; a field not given (or, for the special
 * requests, given empty where there are none) changes nothing.
 */
export function changedFields(stay: StayTerms, change: { [K in keyof StayTerms]?: StayTerms[K] | undefined }): (keyof StayTerms)[] {
  return STAY_TERM_FIELDS.filter((f) => {
    const next = change[f];
    if (next === undefined || next === null) return false;
    if (f === 'specialRequests') return (next || null) !== (stay.specialRequests || null);
    return next !== stay[f];
  });
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
