import { startSubgraph, type RunningSubgraph } from '@hotelops/testing';
import { reservationsSubgraph, seedDemo } from '@hotelops/reservations';
import { composeReservations } from '../src/composition';

/**
 * The demo hotel is in Shanghai (UTC+8): from 16:00 UTC its date is already tomorrow. The seed must
 * book in the hotel's dates at every hour of the UTC day, or `npm start` fails for eight hours a day.
 */
describe.each([
  ['morning in Shanghai', '2026-12-01T01:30:00Z', '2026-12-01'],
  ['evening in UTC, past midnight in Shanghai', '2026-12-01T16:30:00Z', '2026-12-02'],
  ['just before midnight UTC', '2026-12-01T23:59:00Z', '2026-12-02'],
])('demo seed, %s', (_, instant, hotelToday) => {
  let sg: RunningSubgraph;
  beforeAll(async () => {
    sg = await startSubgraph(reservationsSubgraph, { clock: { now: () => new Date(instant) }, withoutJobs: true });
  });
  afterAll(() => sg?.stop());

  it('books guests in house since two days ago, arrivals today and stays ahead, in the hotel’s dates', async () => {
    const demo = await seedDemo(sg.app.deps);
    expect(demo.reservationIds).toHaveLength(30);
    expect(demo.inHouseReservationIds.length).toBeGreaterThan(0);
    const { reservations } = composeReservations(sg.app.deps);
    const stays = await reservations.byIds(demo.reservationIds);
    const twoDaysAgo = new Date(Date.parse(`${hotelToday}T00:00:00Z`) - 2 * 86_400_000).toISOString().slice(0, 10);
    const inHouse = stays.filter((r) => demo.inHouseReservationIds.includes(r.id));
    expect(new Set(inHouse.map((r) => `${r.arrival} ${r.status}`))).toEqual(new Set([`${twoDaysAgo} CHECKED_IN`]));
    expect(stays.filter((r) => r.arrival === hotelToday)).toHaveLength(6);
    expect(stays.every((r) => r.arrival >= twoDaysAgo)).toBe(true);
    // a second start finds the same hotel
    expect((await seedDemo(sg.app.deps)).reservationIds.sort()).toEqual([...demo.reservationIds].sort());
  });
});
