import { inIdOrder, type ReferenceLoader, type RequestContext } from '@hotelops/kernel';
import type { CaseEntity } from './case.entity';
import type { CaseService } from './case.service';

/**
 * Cases by id, one query per request: for every field that returns a case (a review's, a QA
 * review's). Cases of properties the caller may not see come back as null.
 */
export const loadCase = (ctx: RequestContext, cases: CaseService) =>
  ctx.loader<CaseEntity>('Case', async (ids) =>
    inIdOrder(ids, await cases.byIds(ids)).map((c) => (c && ctx.caller.canAccessProperty(c.propertyId) ? c : null)),
  );

export const caseReference =
  (cases: CaseService): ReferenceLoader =>
  async (ids) =>
    inIdOrder(ids, await cases.byIds(ids));
