/*
 * Pure compensation rules (补偿/赔付): who may approve how much. No I/O.
 */
import { stateMachine } from '@hotelops/kernel/rules';

/**
 * PROPOSED → APPROVED (announced to reservations) → POSTED once the folio took it, or
 * POSTING_FAILED with reservations' reason; PROPOSED → REJECTED.
 */
export const COMPENSATION_STATUSES = ['PROPOSED', 'APPROVED', 'REJECTED', 'POSTED', 'POSTING_FAILED'] as const;
export type CompensationStatus = (typeof COMPENSATION_STATUSES)[number];

export type CompensationAction = 'approve' | 'reject' | 'posted' | 'postingFailed';

/** A proposal is decided once; a rejected one is not revived, a new one is proposed. */
export const COMPENSATION_MACHINE = stateMachine<CompensationStatus, CompensationAction>('compensation', COMPENSATION_STATUSES, {
  approve: { from: ['PROPOSED'], to: 'APPROVED' },
  reject: { from: ['PROPOSED'], to: 'REJECTED' },
  posted: { from: ['APPROVED'], to: 'POSTED', verb: 'mark posted' },
  postingFailed: { from: ['APPROVED'], to: 'POSTING_FAILED', verb: 'mark failed' },
});

/** Where the money went, as the case history tells it. */
export function postedText(amount: string, postStay: boolean): string {
  return postStay
    ? `compensation of ${amount} posted to the closed folio as a post-stay adjustment: a refund is due to the guest`
    : `compensation of ${amount} credited to the guest folio`;
}

/** What a second decision is told: it was approved already, or why it was rejected and what to do instead. */
export function alreadyDecided(c: { status: CompensationStatus; decisionNote: string | null }): string {
  return c.status === 'REJECTED' ? `was rejected (${c.decisionNote}); propose a new one` : 'is already approved';
}

/** Approval tiers, lowest first: an agent up to a limit, a supervisor up to a higher one, a manager above that. */
export const APPROVER_TIERS = ['AGENT', 'SUPERVISOR', 'MANAGER'] as const;
export type ApproverTier = (typeof APPROVER_TIERS)[number];

export interface ApprovalLimits {
  agentLimitMinor: number;
  supervisorLimitMinor: number;
}

/** Used until a property sets its own (200.00 and 1,000.00 in the property's currency). */
export const DEFAULT_LIMITS: ApprovalLimits = { agentLimitMinor: 20_000, supervisorLimitMinor: 100_000 };

const TIER_OF_ROLE: Record<string, ApproverTier> = {
  'care-agent': 'AGENT',
  'care-supervisor': 'SUPERVISOR',
  'duty-manager': 'MANAGER',
  'general-manager': 'MANAGER',
  system: 'MANAGER',
};

/** The highest tier any of the roles grants, or null when none may approve compensation. */
export function tierOf(roles: readonly string[]): ApproverTier | null {
  let best = -1;
  for (const r of roles) {
    const t = TIER_OF_ROLE[r];
    if (t) best = Math.max(best, APPROVER_TIERS.indexOf(t));
  }
  return best < 0 ? null : APPROVER_TIERS[best];
}

/** The limit of a tier; a manager has none. */
export function limitOf(tier: ApproverTier, limits: ApprovalLimits): number {
  if (tier === 'AGENT') return limits.agentLimitMinor;
  if (tier === 'SUPERVISOR') return limits.supervisorLimitMinor;
  return Number.POSITIVE_INFINITY;
}

/** The lowest tier that may approve this amount. */
export function requiredTier(amountMinor: number, limits: ApprovalLimits): ApproverTier {
  return APPROVER_TIERS.find((t) => amountMinor <= limitOf(t, limits))!;
}

export function limitsProblem(l: ApprovalLimits): string | null {
  if (!Number.isInteger(l.agentLimitMinor) || l.agentLimitMinor < 0)
    return `agentLimitMinor must be a whole amount ≥ 0 (got ${l.agentLimitMinor})`;
  if (!Number.isInteger(l.supervisorLimitMinor) || l.supervisorLimitMinor < l.agentLimitMinor)
    return `supervisorLimitMinor (${l.supervisorLimitMinor}) must be a whole amount not below agentLimitMinor (${l.agentLimitMinor})`;
  return null;
}

export function amountProblem(amountMinor: number, currency: string): string | null {
  if (!Number.isInteger(amountMinor) || amountMinor <= 0) return `amountMinor must be a positive whole amount (got ${amountMinor})`;
  if (!/^[A-Z]{3}$/.test(currency)) return `currency must be an ISO-4217 code such as CNY (got '${currency}')`;
  return null;
}

/** '1,500.00 CNY' for messages; two decimals covers the currencies the hotels use. */
export function formatAmount(amountMinor: number, currency: string): string {
  return `${(amountMinor / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ${currency}`;
}
