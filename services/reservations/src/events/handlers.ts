import { CompensationApproved, OrderSettled } from '@hotelops/contracts';
import { on, type HandlerRegistration, type ServiceDeps } from '@hotelops/kernel';
import { FolioService } from '../folio/folio.service';

/** Facts from other domains that land on folios. Each line is keyed by its source, so it posts once. */
export function handlers(deps: ServiceDeps): HandlerRegistration[] {
  const folios = new FolioService(deps);
  return [
    on(OrderSettled, async (event, em) => {
      const order = event.data;
      if (order.settlement !== 'ROOM_CHARGE' || !order.reservationId) return;
      await folios.post(em, order.reservationId, {
        kind: 'CHARGE',
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
        description: `Guest compensation: ${c.reason}`,
        amountMinor: c.amount.amountMinor,
        currency: c.amount.currency,
        sourceRef: `care-compensation:${c.compensationId}`,
      });
    }),
  ];
}
