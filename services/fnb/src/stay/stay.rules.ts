/*
 * F&B's projection of stays from reservations' events: who is in house for a room charge. Pure.
 */

export const STAY_STATUSES = ['IN_HOUSE', 'CHECKED_OUT', 'CANCELLED'] as const;
export type StayStatus = (typeof STAY_STATUSES)[number];

/** Events may arrive out of order: a status only replaces one recorded from an earlier instant. */
export const isNewer = (eventAt: string, recordedAt: string | null): boolean => recordedAt === null || eventAt >= recordedAt;

export function roomChargeProblem(stay: { status: StayStatus; propertyId: string } | null, propertyId: string): string | null {
  if (!stay) return 'the stay is not checked in';
  if (stay.propertyId !== propertyId) return 'the stay belongs to another property';
  if (stay.status === 'CHECKED_OUT') return 'the stay has already checked out';
  if (stay.status === 'CANCELLED') return 'the reservation was cancelled';
  return null;
}
