import {
  MAX_LINE_QUANTITY,
  MAX_ORDER_TOTAL_MINOR,
  lineAmount,
  linesProblem,
  orderTotal,
  quantityProblem,
  settlementProblem,
  ORDER_MACHINE,
  type OrderAction,
  type OrderStatus,
} from '../src/order/order.rules';

describe('order status machine', () => {
  const allowed: [OrderStatus, OrderAction, OrderStatus][] = [
    ['OPEN', 'addLines', 'OPEN'],
    ['SENT', 'addLines', 'OPEN'],
    ['OPEN', 'send', 'SENT'],
    ['SENT', 'settle', 'SETTLED'],
    ['OPEN', 'void', 'VOIDED'],
    ['SENT', 'void', 'VOIDED'],
  ];
  it.each(allowed)('%s --%s--> %s', (from, action, to) => {
    expect(ORDER_MACHINE.transition(from, action)).toEqual({ ok: true, from, to });
  });

  const refused: [OrderStatus, OrderAction][] = [
    ['OPEN', 'settle'],
    ['SENT', 'send'],
    ['SETTLED', 'settle'],
    ['SETTLED', 'void'],
    ['SETTLED', 'addLines'],
    ['VOIDED', 'settle'],
    ['VOIDED', 'send'],
    ['VOIDED', 'void'],
  ];
  it.each(refused)('refuses %s --%s--> and names the current status', (from, action) => {
    const r = ORDER_MACHINE.transition(from, action);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(`that is ${from}`);
  });

  it('says from which statuses an action is allowed', () => {
    expect(ORDER_MACHINE.transition('OPEN', 'settle')).toEqual({
      ok: false,
      from: 'OPEN',
      reason: 'cannot settle an order that is OPEN (allowed when SENT)',
      allowedFrom: ['SENT'],
    });
  });
});

describe('order totals', () => {
  it('multiplies unit price by quantity per line and sums the lines', () => {
    const lines = [
      { unitPriceMinor: 6800, quantity: 2 },
      { unitPriceMinor: 2500, quantity: 3 },
      { unitPriceMinor: 0, quantity: 1 },
    ];
    expect(lines.map(lineAmount)).toEqual([13600, 7500, 0]);
    expect(orderTotal(lines)).toBe(21100);
  });

  it('totals an empty list as zero', () => {
    expect(orderTotal([])).toBe(0);
  });

  it('accepts whole quantities from 1 to the maximum', () => {
    expect(
      linesProblem([
        { unitPriceMinor: 100, quantity: 1 },
        { unitPriceMinor: 100, quantity: MAX_LINE_QUANTITY },
      ]),
    ).toBeNull();
  });

  it.each([0, -1, 1.5, MAX_LINE_QUANTITY + 1])('rejects quantity %p and names it', (quantity) => {
    expect(quantityProblem(quantity)).toBe(`quantity must be a whole number from 1 to ${MAX_LINE_QUANTITY}, got ${quantity}`);
    expect(linesProblem([{ unitPriceMinor: 100, quantity }])).toBe(
      `quantity must be a whole number from 1 to ${MAX_LINE_QUANTITY}, got ${quantity}`,
    );
  });

  it('rejects a negative or fractional unit price', () => {
    expect(linesProblem([{ unitPriceMinor: -5, quantity: 1 }])).toMatch(/unit price .* got -5/);
    expect(linesProblem([{ unitPriceMinor: 1.5, quantity: 1 }])).toMatch(/unit price .* got 1.5/);
  });

  it('rejects a total that would overflow the stored integer', () => {
    const big = { unitPriceMinor: 10_000_000, quantity: 99 };
    expect(linesProblem([big, big, big])).toBe(`the order total would exceed ${MAX_ORDER_TOTAL_MINOR} minor units`);
    expect(linesProblem([big, big])).toBeNull();
  });
});

describe('settlement requirements', () => {
  const stay = '4b0f8f8e-8a3c-4a43-9e43-6f7f1b0c2d11';

  it('a room charge needs a reservation', () => {
    expect(settlementProblem('ROOM_CHARGE', null, null)).toMatchObject({ code: 'ORDER.ROOM_CHARGE_NEEDS_RESERVATION' });
    expect(settlementProblem('ROOM_CHARGE', stay, null)).toBeNull();
  });

  it('a room charge takes no payment method', () => {
    expect(settlementProblem('ROOM_CHARGE', stay, 'CASH')).toMatchObject({
      code: 'INPUT.INVALID',
      message: expect.stringMatching(/paymentMethod applies only to DIRECT/),
    });
  });

  it('a direct settlement needs a payment method, with or without a stay', () => {
    expect(settlementProblem('DIRECT', null, null)).toMatchObject({
      code: 'INPUT.INVALID',
      message: expect.stringMatching(/needs a paymentMethod/),
    });
    expect(settlementProblem('DIRECT', null, 'MOBILE')).toBeNull();
    expect(settlementProblem('DIRECT', stay, 'CARD')).toBeNull();
  });
});
