import * as events from '../src/events';
import { EVENT_CONTRACTS, type EventContract } from '../src/events';

const isContract = (v: unknown): v is EventContract =>
  typeof v === 'object' && v !== null && 'type' in v && 'topic' in v && 'schema' in v && 'version' in v;

describe('event catalogue', () => {
  const exported = Object.values(events).filter(isContract);

  it('lists every declared contract exactly once, by its type', () => {
    expect(exported.length).toBeGreaterThan(0);
    expect([...EVENT_CONTRACTS.keys()].sort()).toEqual(exported.map((c) => c.type).sort());
  });

  it('puts each event on its aggregate topic with the version its type names', () => {
    for (const c of exported) {
      const [, domain, aggregate, , version] = c.type.split('.');
      expect(c.topic).toBe(`hotelops.${domain}.${aggregate}`);
      expect(`v${c.version}`).toBe(version);
    }
  });
});
