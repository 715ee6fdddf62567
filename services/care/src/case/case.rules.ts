/*
 * Pure case rules: the vocabulary, the status machine, numbering and text checks.
 * No I/O, no frameworks.
 */
import { stateMachine } from '@hotelops/kernel/rules';

/** COMPLAINT 投诉, INQUIRY 咨询; SURVEY is the post-stay satisfaction follow-up. */
export const CASE_KINDS = ['COMPLAINT', 'INQUIRY', 'REQUEST', 'FEEDBACK', 'SURVEY'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

/** REGULATOR: a complaint raised through the market or quality authority (工商局/质监局). */
export const CASE_CHANNELS = ['PHONE', 'EMAIL', 'CHAT', 'SOCIAL', 'IN_PERSON', 'REVIEW_SITE', 'REGULATOR'] as const;
export type CaseChannel = (typeof CASE_CHANNELS)[number];

/** A category of '*' stands for every category (SLA policies, reply templates). */
export const ANY_CATEGORY = '*';

export const CASE_SEVERITIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export type CaseSeverity = (typeof CASE_SEVERITIES)[number];

/** WAITING_ON_GUEST: the team asked the guest something; SLA clocks stand still until the case resumes. */
export const CASE_STATUSES = ['NEW', 'ASSIGNED', 'IN_PROGRESS', 'WAITING_ON_GUEST', 'RESOLVED', 'CLOSED'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const NOTE_VISIBILITIES = ['INTERNAL', 'GUEST_REPLY'] as const;
export type NoteVisibility = (typeof NOTE_VISIBILITIES)[number];

/** What a history entry records: a status change, an assignment or a note. */
export const CASE_HISTORY_ACTIONS = [
  'OPENED',
  'ASSIGNED',
  'STARTED',
  'WAITING',
  'RESUMED',
  'RESOLVED',
  'CLOSED',
  'REOPENED',
  'RETURNED',
  'ESCALATED',
  'ROUTED',
  'NOTIFIED',
  'NOTE',
  'COMPENSATION_POSTED',
  'COMPENSATION_POSTING_FAILED',
] as const;
export type CaseHistoryAction = (typeof CASE_HISTORY_ACTIONS)[number];

export type CaseAction = 'assign' | 'start' | 'wait' | 'resume' | 'resolve' | 'close' | 'reopen' | 'release';

export const CASE_MACHINE = stateMachine<CaseStatus, CaseAction>('case', CASE_STATUSES, {
  // Reassigning a case that is already being worked keeps it where it is.
  assign: [
    { from: ['NEW', 'ASSIGNED'], to: 'ASSIGNED' },
    { from: ['IN_PROGRESS'], to: 'IN_PROGRESS' },
    { from: ['WAITING_ON_GUEST'], to: 'WAITING_ON_GUEST' },
  ],
  start: { from: ['ASSIGNED'], to: 'IN_PROGRESS' },
  wait: { from: ['IN_PROGRESS'], to: 'WAITING_ON_GUEST' },
  resume: { from: ['WAITING_ON_GUEST'], to: 'IN_PROGRESS' },
  // A guest who never answers does not keep a case open for ever.
  resolve: { from: ['IN_PROGRESS', 'WAITING_ON_GUEST'], to: 'RESOLVED' },
  close: { from: ['RESOLVED'], to: 'CLOSED' },
  reopen: { from: ['RESOLVED'], to: 'IN_PROGRESS' },
  // Back to the queue when the assignee can no longer work it (e.g. they left).
  release: { from: ['ASSIGNED', 'IN_PROGRESS', 'WAITING_ON_GUEST'], to: 'NEW' },
});

/** Work still to do: counts against the assignee's queue and, later, the SLA clocks. */
export function isOpen(status: CaseStatus): boolean {
  return status !== 'RESOLVED' && status !== 'CLOSED';
}

/** Per-property sequence → 'C-000123'; wider numbers keep growing past a million. */
export function formatCaseNumber(sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`case sequence must be a positive integer, got ${sequence}`);
  return `C-${String(sequence).padStart(6, '0')}`;
}

/** Why free text for `field` is unacceptable (blank or too long), or null when it is fine. */
export function textProblem(field: string, value: string, max: number): string | null {
  if (value.trim().length === 0) return `${field} must not be empty`;
  if (value.length > max) return `${field} must be at most ${max} characters (got ${value.length})`;
  return null;
}

/** The first guest-visible reply starts nothing but stops the first-response clock, once. */
export function firstResponseAt(current: Date | null, visibility: NoteVisibility, at: Date): Date | null {
  if (current) return current;
  return visibility === 'GUEST_REPLY' ? at : null;
}

export const POST_STAY_SURVEY = {
  kind: 'SURVEY',
  channel: 'EMAIL',
  severity: 'LOW',
  category: 'post-stay-survey',
  subject: 'Post-stay satisfaction survey',
} as const satisfies { kind: CaseKind; channel: CaseChannel; severity: CaseSeverity; category: string; subject: string };

/** Kinds whose first resolution is followed up with a satisfaction survey: where the handling itself is what the guest judges. */
export const FOLLOWED_UP_KINDS: readonly CaseKind[] = ['COMPLAINT', 'REQUEST'];

/** The follow-up opened when a guest case is first resolved. */
export const POST_RESOLUTION_SURVEY = {
  kind: 'SURVEY',
  channel: 'EMAIL',
  severity: 'LOW',
  category: 'post-resolution-survey',
  subject: 'How did we handle your concern?',
} as const satisfies { kind: CaseKind; channel: CaseChannel; severity: CaseSeverity; category: string; subject: string };

/** Body of the survey case opened after a check-out. */
export function surveyDescription(stay: {
  guestName: string;
  confirmationNumber: string;
  roomNumber: string;
  arrival: string;
  departure: string;
}): string {
  return `Follow up with ${stay.guestName} on their stay ${stay.confirmationNumber} in room ${stay.roomNumber} (${stay.arrival} to ${stay.departure}).`;
}
