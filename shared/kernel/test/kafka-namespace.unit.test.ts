import { KafkaTransport, createLogger, namespacePrefix } from '@hotelops/kernel';

describe('KAFKA_NAMESPACE', () => {
  it('puts a separator between the namespace and the topic', () => {
    expect(namespacePrefix('staging')).toBe('staging.');
    const transport = new KafkaTransport({
      brokers: ['127.0.0.1:1'],
      clientId: 't',
      logger: createLogger('t', 'silent'),
      namespace: 'staging',
    });
    expect(transport.topicName('hotelops.reservations.reservation')).toBe('staging.hotelops.reservations.reservation');
  });

  it('keeps a namespace that already ends with a separator, and no namespace at all', () => {
    expect(namespacePrefix('t1234.')).toBe('t1234.');
    expect(namespacePrefix('team-a-')).toBe('team-a-');
    expect(namespacePrefix('')).toBe('');
    expect(namespacePrefix(undefined)).toBe('');
  });
});
