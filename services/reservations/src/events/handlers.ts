import { randomUUID } from 'node:crypto';
import { BanquetSettled, BillChargedToRoom, CompensationApproved, OrderSettled } from '@hotelops/contracts';
import { DomainError, on, type HandlerRegistration, type ServiceDeps } from '@hotelops/kernel';
import { AccountPostingEntity } from '../folio/folio.entity';
import { FolioService } from '../folio/folio.service';
import { GroupBlockEntity } from '../group/group-block.entity';

/** A banquet has no stay: its group-account posting names none (the column needs an id). */
const NO_RESERVATION = '00000000-0000-0000-0000-000000000000';

/**
 * Facts from other domains that land on folios. Each line is keyed by its source, so it posts
 * once; a charge for another property's stay or a closed folio fails and is dead-lettered.
 */
export function handlers(deps: ServiceDeps): HandlerRegistration[] {
  const folios = new FolioService(deps);
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
    on(BillChargedToRoom, async (event, em) => {
      const bill = event.data;
      await folios.post(em, bill.reservationId, {
        kind: 'CHARGE',
        propertyId: bill.propertyId,
        description: bill.description,
        amountMinor: bill.amount.amountMinor,
        currency: bill.amount.currency,
        sourceRef: `fnb-bill:${bill.billId}`,
      });
    }),
    on(BanquetSettled, async (event, em) => {
      const b = event.data;
      const block = await em.findOneBy(GroupBlockEntity, { id: b.groupBlockId });
      if (!block || block.propertyId !== b.propertyId) {
        throw new DomainError('GROUP_BLOCK.NOT_FOUND', `Group block ${b.groupBlockId} of property ${b.propertyId} was not found`);
      }
      const sourceRef = `fnb-banquet:${b.banquetId}`;
      if (await em.findOneBy(AccountPostingEntity, { sourceRef })) return;
      await em.insert(AccountPostingEntity, {
        id: randomUUID(),
        propertyId: b.propertyId,
        accountKind: 'GROUP',
        accountId: block.id,
        reservationId: NO_RESERVATION,
        description: b.description,
        amountMinor: b.amount.amountMinor,
        currency: b.amount.currency,
        sourceRef,
        postedAt: deps.clock.now(),
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
