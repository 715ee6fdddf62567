import type { EntityManager } from 'typeorm';
import type { FolioPosted, FolioPostingRejected, PayloadOf } from '@hotelops/contracts';
import { Caller, SYSTEM, transitionWithin, type ServiceDeps, type StatefulKind } from '@hotelops/kernel';
import { CaseEntity } from '../case/case.entity';
import { recordChange } from '../case-work/case-change';
import { CompensationEntity } from './compensation.entity';
import { COMPENSATION_MACHINE, formatAmount, postedText, type CompensationAction, type CompensationStatus } from './compensation.rules';

const PREFIX = 'care-compensation:';

const COMPENSATION: StatefulKind<CompensationEntity, CompensationStatus, CompensationAction> = {
  entity: CompensationEntity,
  notFound: 'COMPENSATION.NOT_FOUND',
  noun: 'Compensation',
  machine: COMPENSATION_MACHINE,
  invalidTransition: 'COMPENSATION.ALREADY_DECIDED',
};

/**
 * The fate of approved compensation, as reservations answers it: POSTED (once the folio took it,
 * possibly as a post-stay adjustment that leaves a refund due) or POSTING_FAILED with the reason.
 * Either way the case's history says so, and failures are on the compensation watchlist.
 */
export class CompensationPostingService {
  private readonly system = new Caller(SYSTEM);

  constructor(private readonly deps: ServiceDeps) {}

  /** Folio answers for other senders (F&B's bills) are not ours. */
  static concerns(sourceRef: string): boolean {
    return sourceRef.startsWith(PREFIX);
  }

  posted(em: EntityManager, answer: PayloadOf<typeof FolioPosted>): Promise<void> {
    return this.settle(em, answer.sourceRef, 'posted', (comp, at) => {
      comp.postedAt = at;
      comp.postStay = answer.postStay;
      return postedText(formatAmount(comp.amountMinor, comp.currency), answer.postStay);
    });
  }

  failed(em: EntityManager, answer: PayloadOf<typeof FolioPostingRejected>): Promise<void> {
    return this.settle(em, answer.sourceRef, 'postingFailed', (comp) => {
      comp.postingCode = answer.code;
      comp.postingError = answer.reason;
      return `compensation of ${formatAmount(comp.amountMinor, comp.currency)} could not be posted (${answer.code}): ${answer.reason}`;
    });
  }

  private async settle(
    em: EntityManager,
    sourceRef: string,
    action: 'posted' | 'postingFailed',
    apply: (comp: CompensationEntity, at: Date) => string,
  ): Promise<void> {
    const id = sourceRef.slice(PREFIX.length);
    const comp = await em.findOneBy(CompensationEntity, { id });
    // An answer repeated after the fate is recorded changes nothing.
    if (!comp || comp.status !== 'APPROVED') return;
    await transitionWithin(em, this.deps, COMPENSATION, id, action, this.system, async (em, row, { at }) => {
      const text = apply(row, at);
      const c = await em.findOne(CaseEntity, { where: { id: row.caseId }, ...this.deps.db.forUpdate });
      if (!c) return;
      const entry = action === 'posted' ? 'COMPENSATION_POSTED' : 'COMPENSATION_POSTING_FAILED';
      await recordChange(em, c, at, { action: entry, fromStatus: null, toStatus: null, actorId: null, text });
      await em.save(c);
    });
  }
}
