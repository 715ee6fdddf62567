import { BusinessDayClosed } from '@hotelops/contracts';
import { OutboxRow } from '@hotelops/kernel';
import { DIALECTS, gql, gqlOk, staff, type RunningSubgraph } from '@hotelops/testing';
import { BusinessDayEntity } from '../src/till/till.entity';
import { CASHIER_ID, MANAGER_ID, PROPERTY, cashier, fnbManager, m, openRestaurant, startFnb, type Outlet } from './fnb-fixture';

const DUTY_MANAGER_ID = '7e57e57e-0000-4000-8000-000000000005';
const dutyManager = () => staff(['duty-manager'], [PROPERTY], DUTY_MANAGER_ID);

/** 日结 approval: a manager's own close within the threshold, a second person above it. */
describe.each(DIALECTS)('fnb day close approval on %s', (dialect) => {
  let sg: RunningSubgraph;
  let r: Outlet;
  let date: string;
  const closeDay = (identity: ReturnType<typeof staff>, reason?: string) =>
    gql(
      sg.url,
      `mutation($o: ID!, $d: LocalDate!, $r: String) { closeBusinessDay(outletId: $o, businessDate: $d, reason: $r) { status approvedBy overShortExposureMinor } }`,
      { o: r.id, d: date, r: reason },
      identity,
    );
  const approve = (identity: ReturnType<typeof staff>, reason?: string) =>
    gql(
      sg.url,
      `mutation($o: ID!, $d: LocalDate!, $r: String) { approveBusinessDayClose(outletId: $o, businessDate: $d, reason: $r) { status closedBy approvedBy approvedByRole approvalReason } }`,
      { o: r.id, d: date, r: reason },
      identity,
    );

  beforeAll(async () => {
    sg = await startFnb(dialect);
    r = await openRestaurant(sg, 'Night Market');
    date = (await m(sg, `query($o: ID!) { outlet(id: $o) { businessDate } }`, { o: r.id })).outlet.businessDate;
  });
  afterAll(() => sg?.stop());

  it('refuses to approve a close nobody asked for', async () => {
    expect((await approve(fnbManager(), 'ok')).errors?.[0].extensions).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'BUSINESS_DAY.NO_CLOSE_REQUESTED',
    });
  });

  it('above the over/short threshold waits for another manager, who must give a reason', async () => {
    // A till with 500.00 float counted at 300.00: 200.00 short, above the 100.00 threshold.
    const till = (await gqlOk(sg.url, `mutation($o: ID!) { openTill(outletId: $o, floatMinor: 50000) { id } }`, { o: r.id }, cashier()))
      .openTill.id;
    await gqlOk(sg.url, `mutation($t: ID!) { closeTill(tillId: $t, countedMinor: 30000) { overShortMinor } }`, { t: till }, cashier());
    const asked = await closeDay(fnbManager(), 'I counted it myself');
    expect(asked.data?.closeBusinessDay).toEqual({ status: 'PENDING_APPROVAL', approvedBy: null, overShortExposureMinor: 20000 });
    expect((await closeDay(cashier())).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'BUSINESS_DAY.PENDING_APPROVAL' });
    const self = await approve(fnbManager(), 'I counted it myself');
    expect(self.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/Over\/short of 20000 exceeds 10000/),
      extensions: { code: 'FORBIDDEN', reason: 'BUSINESS_DAY.SELF_APPROVAL' },
    });
    const theCashier = await approve(staff(['fnb-manager', 'cashier'], [PROPERTY], CASHIER_ID), 'mine');
    expect(theCashier.errors?.[0].extensions).toMatchObject({ reason: 'BUSINESS_DAY.SELF_APPROVAL' });
    expect((await approve(dutyManager())).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'BUSINESS_DAY.APPROVAL_REASON_REQUIRED',
    });
    expect(await sg.app.deps.db.manager.countBy(OutboxRow, { type: BusinessDayClosed.type })).toBe(0);
    const approved = await approve(dutyManager(), 'Float miscounted at handover; recounted with security');
    expect(approved.data?.approveBusinessDayClose).toEqual({
      status: 'CLOSED',
      closedBy: MANAGER_ID,
      approvedBy: DUTY_MANAGER_ID,
      approvedByRole: 'duty-manager',
      approvalReason: 'Float miscounted at handover; recounted with security',
    });
    const day = await sg.app.deps.db.manager.findOneByOrFail(BusinessDayEntity, { outletId: r.id, businessDate: date });
    expect(day).toMatchObject({ status: 'CLOSED', approvedBy: DUTY_MANAGER_ID, overShortExposureMinor: 20000 });
    expect(await sg.app.deps.db.manager.countBy(OutboxRow, { type: BusinessDayClosed.type })).toBe(1);
    expect((await approve(dutyManager(), 'again')).errors?.[0].extensions).toMatchObject({ reason: 'BUSINESS_DAY.CLOSED' });
  });

  it('lets a manager close and approve their own balanced day at once, keeping why', async () => {
    const next = (await m(sg, `query($o: ID!) { outlet(id: $o) { businessDate } }`, { o: r.id })).outlet.businessDate;
    expect(next > date).toBe(true);
    date = next;
    const closed = await closeDay(fnbManager(), 'Quiet day, no cash taken');
    expect(closed.data?.closeBusinessDay).toEqual({ status: 'CLOSED', approvedBy: MANAGER_ID, overShortExposureMinor: 0 });
  });
});
