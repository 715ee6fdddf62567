import { DomainError, type StatefulKind } from '@hotelops/kernel';
import { CaseEntity } from './case.entity';
import { CASE_MACHINE, type CaseAction, type CaseStatus } from './case.rules';

/** What the kernel needs to load and change a case: its table, its status machine and how refusals read. */
export const CASE: StatefulKind<CaseEntity, CaseStatus, CaseAction> = {
  entity: CaseEntity,
  notFound: 'CASE.NOT_FOUND',
  noun: 'Case',
  machine: CASE_MACHINE,
  invalidTransition: 'CASE.INVALID_TRANSITION',
  // The desk knows a case by its number (C-000123), not its id.
  refused: (c, { reason, from, allowedFrom }) =>
    new DomainError('CASE.INVALID_TRANSITION', `Case ${c.number}: ${reason}`, { status: from, allowedFrom, caseId: c.id }),
};
