/*
 * Pure rules for partner (channel manager) messages: each carries the partner's reservation id
 * and a version that grows with every change the partner makes.
 */

export type ChannelDecision =
  | { kind: 'create' }
  | { kind: 'modify' }
  | { kind: 'cancel' }
  | { kind: 'refuse'; code: 'STALE' | 'UNKNOWN'; reason: string };

/** What to do with version `incoming` of a partner reservation, given what is applied already. */
export function decideChannelMessage(
  applied: { version: number } | null,
  incoming: number,
  cancelled: boolean,
  ref: string,
): ChannelDecision {
  if (!applied) {
    return cancelled
      ? { kind: 'refuse', code: 'UNKNOWN', reason: `No reservation ${ref} to cancel: it was never received` }
      : { kind: 'create' };
  }
  if (incoming <= applied.version) {
    return {
      kind: 'refuse',
      code: 'STALE',
      reason: `Version ${incoming} of ${ref} is older than version ${applied.version}, which is already applied`,
    };
  }
  return cancelled ? { kind: 'cancel' } : { kind: 'modify' };
}
