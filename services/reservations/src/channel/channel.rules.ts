/*
 * Pure rules for partner (channel manager) messages: each carries the partner's reservation id
 * and a version that grows with every change the partner makes. Messages may arrive in any
 * order: a cancellation of a reservation never received leaves a tombstone at its version.
 */

/** What answering a message did: applied it to the stay, found nothing to change, stored a
 * tombstone (a cancellation that came first), or found it older than a tombstone. */
export const CHANNEL_OUTCOMES = ['APPLIED', 'UNCHANGED', 'TOMBSTONED', 'SUPERSEDED'] as const;
export type ChannelOutcome = (typeof CHANNEL_OUTCOMES)[number];

export type ChannelDecision =
  | { kind: 'create' }
  | { kind: 'modify' }
  | { kind: 'cancel' }
  | { kind: 'tombstone' }
  | { kind: 'acknowledge'; outcome: 'UNCHANGED' | 'SUPERSEDED' }
  | { kind: 'refuse'; code: 'STALE' | 'CANCELLED'; reason: string };

/** What is known of a partner reservation: the stay it booked, or the tombstone of an early cancellation. */
export interface KnownChannelReservation {
  stay: { version: number; cancelled: boolean } | null;
  tombstone: { version: number } | null;
}

/**
 * What to do with a message at version `incoming`. Policy: a cancellation of an unknown
 * reservation is kept as a tombstone; a create, modify or cancel at or below the tombstone's
 * version is acknowledged as superseded and books nothing; a create or modify above it is
 * refused — a cancelled partner reservation stays cancelled, a new booking needs a new id. A
 * stay the partner cancelled is treated alike.
 */
export function decideChannelMessage(known: KnownChannelReservation, incoming: number, cancelled: boolean, ref: string): ChannelDecision {
  const { stay, tombstone } = known;
  if (stay) {
    if (incoming <= stay.version) {
      return {
        kind: 'refuse',
        code: 'STALE',
        reason: `Version ${incoming} of ${ref} is older than version ${stay.version}, which is already applied`,
      };
    }
    if (stay.cancelled) return cancelled ? { kind: 'acknowledge', outcome: 'UNCHANGED' } : refuseCancelled(ref, stay.version);
    return cancelled ? { kind: 'cancel' } : { kind: 'modify' };
  }
  if (tombstone) {
    if (incoming <= tombstone.version) return { kind: 'acknowledge', outcome: 'SUPERSEDED' };
    return cancelled ? { kind: 'tombstone' } : refuseCancelled(ref, tombstone.version);
  }
  return cancelled ? { kind: 'tombstone' } : { kind: 'create' };
}

function refuseCancelled(ref: string, version: number): ChannelDecision {
  return {
    kind: 'refuse',
    code: 'CANCELLED',
    reason: `${ref} was cancelled by the partner at version ${version}; a new booking needs a new reservation id`,
  };
}

/** The fields of a partner message, in a fixed order: the same version must always carry the same body. */
export function messageBody(m: {
  channel: string;
  channelReservationId: string;
  version: number;
  cancelled: boolean;
  roomTypeId: string;
  ratePlanId?: string | null;
  arrival: string;
  departure: string;
  guestName: string;
  guestEmail?: string | null;
  adults: number;
  specialRequests?: string | null;
}): string {
  return JSON.stringify([
    m.channel,
    m.channelReservationId,
    m.version,
    m.cancelled,
    m.roomTypeId,
    m.ratePlanId ?? null,
    m.arrival,
    m.departure,
    m.guestName,
    m.guestEmail ?? null,
    m.adults,
    m.specialRequests || null,
  ]);
}
