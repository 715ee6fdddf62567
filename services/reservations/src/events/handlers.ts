import { CompensationApproved, OrderSettled } from '@hotelops/contracts';
import { on, type HandlerRegistration } from '@hotelops/kernel';
import type { ReservationsServices } from '../composition';

/**
 * Facts from other domains that land on folios. Each line is keyed by its source, so it posts
 * once; a charge for another property's stay or a closed folio fails and is dead-lettered.
 */
export function handlers({ folios }: ReservationsServices): HandlerRegistration[] {
  return [
    on(OrderSettled, async (event, em) => {
      const order = event.data;
      if (order.settlement !== 'ROOM_CHARGE' || !order.reservationId) return;
      await folios.post(em, order.reservationId, {
        kind: 'CHARGE',
        propertyId: order.propertyId,
        description: `${order.outletName} order`,
        amountMinor: order.total.amountMinor,
        currency: order.total.currency,
        sourceRef: `fnb-order:${order.orderId}`,
      });
    }),
    on(CompensationApproved, async (event, em) => {
      const c = event.data;
      await folios.post(em, c.reservationId, {
        kind: 'ALLOWANCE',
        propertyId: c.propertyId,
        description: `Guest compensation: ${c.reason}`,
        amountMinor: c.amount.amountMinor,
        currency: c.amount.currency,
        sourceRef: `care-compensation:${c.compensationId}`,
      });
    }),
  ];
}
