/*
 * Pure block rules: the status machine and when a block's unsold rooms are released.
 */

export const BLOCK_KINDS = ['GROUP', 'CONFERENCE'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

export const BLOCK_STATUSES = ['TENTATIVE', 'DEFINITE', 'CANCELLED'] as const;
export type BlockStatus = (typeof BLOCK_STATUSES)[number];

const NEXT: Record<'makeDefinite' | 'cancel', { from: readonly BlockStatus[]; to: BlockStatus }> = {
  makeDefinite: { from: ['TENTATIVE'], to: 'DEFINITE' },
  cancel: { from: ['TENTATIVE', 'DEFINITE'], to: 'CANCELLED' },
};

export function blockTransition(
  current: BlockStatus,
  action: keyof typeof NEXT,
): { ok: true; to: BlockStatus } | { ok: false; reason: string } {
  const t = NEXT[action];
  return t.from.includes(current) ? { ok: true, to: t.to } : { ok: false, reason: `cannot ${action} a block that is ${current}` };
}

/** A definite block holds its rooms until its release date (local) arrives. */
export const isReleaseDue = (b: { status: BlockStatus; releasedAt: Date | null; releaseDate: string }, today: string): boolean =>
  b.status === 'DEFINITE' && !b.releasedAt && b.releaseDate <= today;

/** Whether a block still holds rooms for its bookings (definite, not released). */
export const holdsRooms = (b: { status: BlockStatus; releasedAt: Date | null }): boolean => b.status === 'DEFINITE' && !b.releasedAt;
