import type { EntityManager } from 'typeorm';
import type { Caller } from '@hotelops/kernel';
import { CaseHistoryEntity, type CaseEntity } from '../case/case.entity';
import { historyEntry, type HistoryFields } from '../case/case-history';
import { refreshSla } from '../sla/case-sla';

/** Employee id of the caller, or null when the system acts. */
export const actorOf = (caller: Caller): string | null => caller.employeeId ?? null;

/**
 * Every change of a case ends here: bump the version, keep the SLA columns the sweep and the
 * watchlist read in step, and append the history entry the change produced. The caller saves
 * the case (transitionAggregate does, after the effect).
 */
export async function recordChange(em: EntityManager, c: CaseEntity, at: Date, fields: HistoryFields): Promise<CaseHistoryEntity> {
  c.version += 1;
  c.updatedAt = at;
  refreshSla(c);
  const entry = historyEntry(c, at, fields);
  await em.insert(CaseHistoryEntity, entry);
  return entry;
}
