import { TRANSFER_MACHINE, inTransit, planArrival, transitLoss, type TransferLine } from '../src/transfer/transfer.rules';

const lines: TransferLine[] = [
  { itemId: 'towel', quantity: 20, received: 0 },
  { itemId: 'soap', quantity: 1.5, received: 0 },
];

describe('partial transfer receipt (pure)', () => {
  it('receives everything in transit when no lines are given', () => {
    const plan = planArrival(lines);
    expect(plan).toMatchObject({
      ok: true,
      complete: true,
      short: [],
      arrived: [
        { itemId: 'towel', quantity: 20 },
        { itemId: 'soap', quantity: 1.5 },
      ],
    });
  });

  it('keeps a short quantity in transit with its reason; a line not named arrives with nothing and needs one too', () => {
    const plan = planArrival(lines, [
      { itemId: 'towel', quantity: 15.25, reason: ' torn bag ' },
      { itemId: 'soap', quantity: 0, reason: 'not loaded' },
    ]);
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.complete).toBe(false);
    expect(plan.arrived).toEqual([{ itemId: 'towel', quantity: 15.25 }]);
    expect(plan.lines.map(inTransit)).toEqual([4.75, 1.5]);
    expect(plan.lines[0].shortReason).toBe('torn bag');
    expect(planArrival(lines, [{ itemId: 'towel', quantity: 20 }])).toMatchObject({
      ok: false,
      code: 'TRANSFER.SHORT_REASON_REQUIRED',
      itemId: 'soap',
    });
  });

  it('refuses more than is in transit and items not on the transfer', () => {
    const half = [{ ...lines[0], received: 10 }];
    expect(planArrival(half, [{ itemId: 'towel', quantity: 10.001 }])).toMatchObject({ ok: false, code: 'TRANSFER.OVER_RECEIVED' });
    expect(planArrival(half, [{ itemId: 'towel', quantity: 10 }])).toMatchObject({ ok: true, complete: true });
    expect(planArrival(half, [{ itemId: 'wine', quantity: 1 }])).toMatchObject({ ok: false, code: 'TRANSFER.LINE_NOT_FOUND' });
  });

  it('writes off only what is still in transit; the transfer then holds nothing in transit', () => {
    const { lines: after, lost } = transitLoss([
      { itemId: 'towel', quantity: 20, received: 17 },
      { itemId: 'soap', quantity: 2, received: 2 },
    ]);
    expect(lost).toEqual([{ itemId: 'towel', quantity: 3 }]);
    expect(after.map(inTransit)).toEqual([0, 0]);
    expect(after[0].lost).toBe(3);
  });

  it('writes off only from PARTLY_RECEIVED; receiving continues from it', () => {
    expect(TRANSFER_MACHINE.transition('IN_TRANSIT', 'writeOffLoss').ok).toBe(false);
    expect(TRANSFER_MACHINE.transition('PARTLY_RECEIVED', 'writeOffLoss')).toMatchObject({ ok: true, to: 'CLOSED_SHORT' });
    expect(TRANSFER_MACHINE.transition('PARTLY_RECEIVED', 'receive')).toMatchObject({ ok: true, to: 'RECEIVED' });
    expect(TRANSFER_MACHINE.transition('CLOSED_SHORT', 'receivePart').ok).toBe(false);
  });
});
