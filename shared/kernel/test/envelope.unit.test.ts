import { ReservationCheckedOut } from '@hotelops/contracts';
import { fromTransportMessage, newEnvelope, toTransportMessage } from '@hotelops/kernel';

describe('CloudEvents envelope (Kafka binary binding)', () => {
  const envelope = newEnvelope({
    source: '/hotelops/reservations',
    type: ReservationCheckedOut.type,
    subject: 'r-1',
    propertyId: 'p-1',
    causationId: 'c-0',
    data: { hello: '世界' },
  });

  it('puts attributes in ce_ headers, the payload as JSON, the aggregate id as key', () => {
    const msg = toTransportMessage('hotelops.reservations.reservation', envelope);
    expect(msg.key).toBe('r-1');
    expect(msg.headers).toMatchObject({
      ce_id: envelope.id,
      ce_type: 'hotelops.reservations.reservation.checked-out.v1',
      ce_source: '/hotelops/reservations',
      ce_subject: 'r-1',
      ce_specversion: '1.0',
      ce_propertyid: 'p-1',
      ce_correlationid: envelope.id,
      ce_causationid: 'c-0',
    });
    expect(JSON.parse(msg.value)).toEqual({ hello: '世界' });
  });

  it('reads back the same envelope', () => {
    expect(fromTransportMessage(toTransportMessage('t', envelope))).toEqual(envelope);
  });

  it('refuses a message that is not a CloudEvent', () => {
    expect(() => fromTransportMessage({ topic: 't', key: 'k', headers: {}, value: '{}' })).toThrow();
  });
});

describe('event contracts', () => {
  it('derive topic and version from the type name', () => {
    expect(ReservationCheckedOut.topic).toBe('hotelops.reservations.reservation');
    expect(ReservationCheckedOut.version).toBe(1);
  });
});
