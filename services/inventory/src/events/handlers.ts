import { DepletionRecorded, NightAudited, RequisitionRequested } from '@hotelops/contracts';
import { causedBy, on, type HandlerRegistration } from '@hotelops/kernel';
import type { InventoryServices } from '../composition';

/**
 * Facts inventory books from other domains: F&B's sales depletion and requisitions, and the
 * night audit's occupied rooms (housekeeping use). Each handler runs once per event (inbox) and
 * is idempotent on its source document too.
 */
export function handlers(s: InventoryServices): HandlerRegistration[] {
  return [
    on(DepletionRecorded, (e, em) => s.consumption.onDepletion(em, e.data, causedBy(e))),
    on(NightAudited, (e, em) => s.consumption.onNightAudit(em, e.data, causedBy(e))),
    on(RequisitionRequested, (e, em) => s.requisitions.onRequested(em, e.data, causedBy(e))),
  ];
}
