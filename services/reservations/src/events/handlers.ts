import {
  AvailabilityChanged,
  BanquetSettled,
  BillChargedToRoom,
  CompensationApproved,
  OrderSettled,
  RatesChanged,
} from '@hotelops/contracts';
import { on, onBatch, type HandlerRegistration } from '@hotelops/kernel';
import type { ReservationsServices } from '../composition';

/**
 * Facts from other domains that land on folios and accounts. Each posting is keyed by its
 * source, so it posts once, and each is answered with its fate (FolioPosted or
 * FolioPostingRejected): a business refusal reaches the sender instead of a dead-letter topic.
 */
export function handlers({ domainPostings, ariFeed }: ReservationsServices): HandlerRegistration[] {
  return [
    // Our own ARI events, kept for channel partners to pull (OTA_HotelAvailNotifRQ).
    onBatch(AvailabilityChanged, (events, em) => ariFeed.record(em, events)),
    onBatch(RatesChanged, (events, em) => ariFeed.record(em, events)),
    on(BillChargedToRoom, async (event, em) => {
      const b = event.data;
      await domainPostings.toStay(
        em,
        b.reservationId,
        { propertyId: b.propertyId, kind: 'CHARGE', description: b.description, amount: b.amount, sourceRef: `fnb-bill:${b.billId}` },
        event,
      );
    }),
    // Orders settled before bills existed (room charges of the whole order).
    on(OrderSettled, async (event, em) => {
      const order = event.data;
      if (order.settlement !== 'ROOM_CHARGE' || !order.reservationId) return;
      await domainPostings.toStay(
        em,
        order.reservationId,
        {
          propertyId: order.propertyId,
          kind: 'CHARGE',
          description: `${order.outletName} order`,
          amount: order.total,
          sourceRef: `fnb-order:${order.orderId}`,
        },
        event,
      );
    }),
    on(CompensationApproved, async (event, em) => {
      const c = event.data;
      await domainPostings.toStay(
        em,
        c.reservationId,
        {
          propertyId: c.propertyId,
          kind: 'ALLOWANCE',
          description: `Guest compensation: ${c.reason}`.slice(0, 300),
          amount: c.amount,
          sourceRef: `care-compensation:${c.compensationId}`,
        },
        event,
      );
    }),
    on(BanquetSettled, async (event, em) => {
      const b = event.data;
      await domainPostings.toGroup(
        em,
        b.groupBlockId,
        { propertyId: b.propertyId, kind: 'CHARGE', description: b.description, amount: b.amount, sourceRef: `fnb-banquet:${b.banquetId}` },
        event,
      );
    }),
  ];
}
