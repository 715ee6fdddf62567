import { packagesLoadedBy } from '@hotelops/testing';

/** The gateway process loads the kernel by subpath: what it needs, not the subgraphs' machinery. */
describe('gateway entry (dist/main.js)', () => {
  it('loads no Kafka client, no type-graphql and no subgraph schema tooling', () => {
    const loaded = packagesLoadedBy('gateway/dist/main.js');
    expect(loaded).toEqual(expect.arrayContaining(['@apollo/gateway', 'typeorm']));
    expect(loaded.filter((p) => ['kafkajs', 'cloudevents', 'type-graphql', 'class-validator', 'graphql-scalars'].includes(p))).toEqual([]);
  });
});
