import { randomUUID } from 'node:crypto';
import { CaseEntity, CaseHistoryEntity } from './case.entity';

/** What a history entry says beyond where it belongs: who did what, from which status to which. */
export type HistoryFields = Pick<CaseHistoryEntity, 'action' | 'fromStatus' | 'toStatus' | 'actorId'> &
  Partial<Pick<CaseHistoryEntity, 'assigneeId' | 'text' | 'visibility'>>;

/** The timeline entry for the case's current version: every change bumps the version first. */
export function historyEntry(c: CaseEntity, at: Date, fields: HistoryFields): CaseHistoryEntity {
  return Object.assign(new CaseHistoryEntity(), {
    id: randomUUID(),
    caseId: c.id,
    propertyId: c.propertyId,
    seq: c.version,
    at,
    assigneeId: null,
    text: null,
    visibility: null,
    ...fields,
  });
}
