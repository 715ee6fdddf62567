/*
 * Pure block rules: the status machine and when a block's unsold rooms are released.
 */
import { stateMachine } from '@hotelops/kernel/rules';

export const BLOCK_KINDS = ['GROUP', 'CONFERENCE'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

export const BLOCK_STATUSES = ['TENTATIVE', 'DEFINITE', 'CANCELLED'] as const;
export type BlockStatus = (typeof BLOCK_STATUSES)[number];

export type BlockAction = 'makeDefinite' | 'cancel';

export const BLOCK_MACHINE = stateMachine<BlockStatus, BlockAction>('group block', BLOCK_STATUSES, {
  makeDefinite: { from: ['TENTATIVE'], to: 'DEFINITE', verb: 'make definite' },
  cancel: { from: ['TENTATIVE', 'DEFINITE'], to: 'CANCELLED' },
});

/** A definite block holds its rooms until its release date (local) arrives. */
export const isReleaseDue = (b: { status: BlockStatus; releasedAt: Date | null; releaseDate: string }, today: string): boolean =>
  b.status === 'DEFINITE' && !b.releasedAt && b.releaseDate <= today;

/** Whether a block still holds rooms for its bookings (definite, not released). */
export const holdsRooms = (b: { status: BlockStatus; releasedAt: Date | null }): boolean => b.status === 'DEFINITE' && !b.releasedAt;
