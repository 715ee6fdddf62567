import { DIALECTS } from '@hotelops/testing';
import { ManualClock, StaffingHotel, hr } from './staffing-hotel.fixture';

/**
 * "Today" for certificates is the hotel's date (its policy's zone, Asia/Shanghai by default), not
 * UTC's: at 20:00 UTC on 1 March it is already 2 March in Shanghai.
 */
describe.each(DIALECTS)("certificate expiry by the hotel's date on %s", (dialect) => {
  const clock = new ManualClock('2030-03-01T20:00:00Z');
  const hotel = new StaffingHotel('T');
  const { person, hire } = hotel;

  beforeAll(async () => {
    await hotel.start({ dialect, clock });
    await hire('fom', 'front-office-manager', ['hr-manager']);
    await hire('agent', 'front-desk-agent');
  });
  afterAll(() => hotel.stop());

  const record = (code: string, expiresOn: string) =>
    hotel.ok(
      `mutation($i: RecordSkillInput!) { recordSkill(input: $i) { code state } }`,
      { i: { employeeId: person.agent.id, code, name: code, expiresOn } },
      hr(),
    );

  it('calls a certificate that ran out yesterday, Shanghai time, expired — though it is still that day in UTC', async () => {
    expect((await record('first-aid', '2030-03-01')).recordSkill).toEqual({ code: 'first-aid', state: 'EXPIRED' });
    expect((await record('food-hygiene', '2030-03-02')).recordSkill).toEqual({ code: 'food-hygiene', state: 'EXPIRING' });
  });

  it('lists the certificates expiring by the hotel’s today', async () => {
    const listed = await hotel.ok(
      `query($p: ID!) { expiringCertifications(propertyId: $p, withinDays: 0) { code expiresOn } }`,
      { p: hotel.propertyId },
      hr(),
    );
    expect(listed.expiringCertifications.map((s: { code: string }) => s.code).sort()).toEqual(['first-aid', 'food-hygiene']);
  });
});
