import { inIdOrder, type ReferenceLoader, type ServiceDeps } from '@hotelops/kernel';
import { CaseService } from './case/case.service';

/** Entity resolution for the gateway: one query per entity type per request. */
export function references(deps: ServiceDeps): Record<string, ReferenceLoader> {
  const cases = new CaseService(deps);
  return {
    Case: async (ids) => inIdOrder(ids, await cases.byIds(ids)),
    // Reservations owns the stay; care only adds fields to it, so the key is all it needs.
    Reservation: async (ids) => ids.map((id) => ({ id })),
  };
}
