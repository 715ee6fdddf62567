/*
 * Pure rules of care's view of stays (a projection of reservations' events): which stay facts
 * care keeps, and what a case or a compensation may point at.
 */

export const STAY_STATUSES = ['BOOKED', 'IN_HOUSE', 'CHECKED_OUT', 'CANCELLED', 'NO_SHOW'] as const;
export type StayStatus = (typeof STAY_STATUSES)[number];

/** The stay facts care needs to refuse, up front, what reservations would refuse later. */
export interface KnownStay {
  reservationId: string;
  propertyId: string;
  currency: string | null;
  status: StayStatus;
  guestId: string | null;
}

export type StayProblem = {
  code: 'CASE.STAY_UNKNOWN' | 'CASE.STAY_OF_OTHER_PROPERTY' | 'COMPENSATION.CURRENCY_MISMATCH';
  message: string;
};

/** Why a case of `propertyId` cannot point at this stay, or null. */
export function linkProblem(stay: KnownStay | null, reservationId: string, propertyId: string): StayProblem | null {
  if (!stay)
    return {
      code: 'CASE.STAY_UNKNOWN',
      message: `No stay ${reservationId} is known (reservations announces every booking; check the id, or retry in a moment if it was just made)`,
    };
  if (stay.propertyId !== propertyId)
    return { code: 'CASE.STAY_OF_OTHER_PROPERTY', message: `Stay ${reservationId} belongs to another property than the case` };
  return null;
}

/** Why compensation in `currency` cannot be credited to this stay's folio, or null. */
export function currencyProblem(stay: KnownStay, currency: string): StayProblem | null {
  if (!stay.currency || stay.currency === currency) return null;
  return {
    code: 'COMPENSATION.CURRENCY_MISMATCH',
    message: `The stay's folio is in ${stay.currency}; propose the compensation in ${stay.currency}, not ${currency}`,
  };
}
