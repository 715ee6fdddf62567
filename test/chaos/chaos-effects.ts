import { randomUUID } from 'node:crypto';
import { OrderSettled } from '@hotelops/contracts';
import { Outbox, on, type Database, type HandlerRegistration } from '@hotelops/kernel';
import { TestEffect, orderSettlement } from '@hotelops/testing';

/**
 * A consumer's effect that is NOT idempotent by itself: one row per application, with a fresh
 * id. Only the kernel's inbox keeps a redelivered event from doubling it, which is what the
 * chaos tests count (`countEffects`).
 */
export const chaosHandlers: HandlerRegistration[] = [
  on(OrderSettled, async (event, em) => {
    await em.insert(TestEffect, { id: randomUUID(), orderId: event.data.orderId });
  }),
];

/** Commits `count` settlements through the producer's outbox, `perTick` at a time, `pauseMs` apart. */
export async function streamSettlements(
  db: Database,
  count: number,
  opts: { perTick: number; pauseMs: number; onProgress?: (n: number) => void },
): Promise<string[]> {
  const outbox = new Outbox('fnb');
  const ids: string[] = [];
  while (ids.length < count) {
    const batch = Array.from({ length: Math.min(opts.perTick, count - ids.length) }, () => randomUUID());
    await db.transaction(async (em) => {
      for (const id of batch) {
        await outbox.add(em, OrderSettled, orderSettlement(id), { subject: id, propertyId: orderSettlement(id).propertyId });
      }
    });
    ids.push(...batch);
    opts.onProgress?.(ids.length);
    await new Promise((r) => setTimeout(r, opts.pauseMs));
  }
  return ids;
}
