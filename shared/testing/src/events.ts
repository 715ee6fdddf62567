import type { EventContract, PayloadOf } from '@hotelops/contracts';
import { InProcessTransport, newEnvelope, toTransportMessage, type EventTransport, type TransportMessage } from '@hotelops/kernel';

/**
 * Builds a CloudEvents message for a contract exactly as a producing service's outbox would.
 * Publish it (twice, to test idempotency) with `transport.publish([msg])`.
 */
export function eventMessage<C extends EventContract>(
  contract: C,
  payload: PayloadOf<C>,
  target: { subject: string; propertyId: string },
): TransportMessage {
  const envelope = newEnvelope({
    source: '/hotelops/test',
    type: contract.type,
    subject: target.subject,
    propertyId: target.propertyId,
    data: contract.schema.parse(payload),
  });
  return toTransportMessage(contract.topic, envelope);
}

/** An in-process transport for a test, and a way to wait until every consumer is done. */
export function inProcessTransport(): InProcessTransport {
  return new InProcessTransport();
}

/** Publishes and waits until in-process consumers have handled everything. */
export async function deliver(transport: EventTransport, ...messages: TransportMessage[]): Promise<void> {
  await transport.publish(messages);
  if (transport instanceof InProcessTransport) await transport.idle();
}
