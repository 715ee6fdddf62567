import {
  PO_MACHINE,
  approvalLimit,
  belowMinimum,
  checkTolerance,
  lineTotal,
  netWeight,
  receivingKpis,
} from '../src/purchasing/purchasing.rules';

describe('weight deduction (收货扣重)', () => {
  it('takes packaging and ice off by weight and moisture by percent of gross (hand-worked)', () => {
    // 52 kg gross − 1.5 kg crates − 3 kg ice − 2 % of 52 (1.04 kg) moisture = 46.46 kg
    expect(
      netWeight(52, [
        { kind: 'PACKAGING', weight: 1.5 },
        { kind: 'ICE', weight: 3 },
        { kind: 'MOISTURE', percent: 2 },
      ]),
    ).toEqual({ ok: true, net: 46.46, deducted: 5.54 });
  });

  it('refuses deductions that leave nothing, or that are both or neither weight and percent', () => {
    expect(netWeight(2, [{ kind: 'ICE', weight: 2 }])).toMatchObject({ ok: false });
    expect(netWeight(10, [{ kind: 'ICE', weight: 1, percent: 5 }])).toMatchObject({ ok: false });
    expect(netWeight(10, [{ kind: 'ICE' }])).toMatchObject({ ok: false });
    expect(netWeight(10, [{ kind: 'MOISTURE', percent: 100 }])).toMatchObject({ ok: false });
    expect(netWeight(0, [])).toMatchObject({ ok: false });
  });
});

describe('delivery tolerance', () => {
  it('accepts up to the tolerance over the order and refuses beyond', () => {
    expect(checkTolerance(100, 0, 105, 5)).toEqual({ ok: true, complete: true });
    expect(checkTolerance(100, 60, 50, 5)).toEqual({ ok: false, maxAcceptable: 45 });
  });

  it('counts a line complete within the tolerance under the order', () => {
    expect(checkTolerance(100, 0, 95, 5)).toEqual({ ok: true, complete: true });
    expect(checkTolerance(100, 0, 94.999, 5)).toEqual({ ok: true, complete: false });
  });
});

describe('purchase orders', () => {
  it('moves draft → approved → sent → partly received → received → closed', () => {
    let s = 'DRAFT' as (typeof PO_MACHINE.statuses)[number];
    for (const a of ['approve', 'send', 'receivePart', 'receiveAll', 'close'] as const) {
      const t = PO_MACHINE.transition(s, a);
      expect(t.ok).toBe(true);
      if (t.ok) s = t.to;
    }
    expect(s).toBe('CLOSED');
    expect(PO_MACHINE.transition('RECEIVED', 'cancel')).toMatchObject({ ok: false });
  });

  it('limits approval by role', () => {
    expect(approvalLimit(['storekeeper'])).toBe(500_000);
    expect(approvalLimit(['store-manager'])).toBe(1_000_000);
    expect(approvalLimit(['storekeeper', 'fnb-manager'])).toBe(2_000_000);
    expect(approvalLimit(['general-manager'])).toBe(Number.POSITIVE_INFINITY);
    expect(approvalLimit(['housekeeping'])).toBe(0);
  });

  it('prices lines and checks minimum orders', () => {
    expect(lineTotal(2.5, 1999)).toBe(4998);
    expect(belowMinimum(4, 5)).toBe(true);
    expect(belowMinimum(5, 5)).toBe(false);
  });

  it('computes receiving KPIs', () => {
    expect(
      receivingKpis([
        { onTime: true, delivered: 100, rejected: 5 },
        { onTime: false, delivered: 50, rejected: 0 },
        { onTime: null, delivered: 50, rejected: 5 },
      ]),
    ).toEqual({ receipts: 3, onTimeRate: 0.5, rejectionRate: 0.05 });
  });
});
