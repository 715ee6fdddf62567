import {
  applyMovement,
  directionOf,
  isBelowReorderPoint,
  ledgerBalance,
  quantityProblem,
  signedQuantity,
  stockSignal,
} from '../src/stock/stock.rules';

describe('stock quantities', () => {
  it.each([0, -1, -0.5, NaN, Infinity, -Infinity])('refuses %p', (q) => {
    expect(quantityProblem(q)).toMatch(/^quantity must/);
  });

  it('refuses more than three decimal places and absurd sizes', () => {
    expect(quantityProblem(1.2345)).toBe('quantity must have at most 3 decimal places, got 1.2345');
    expect(quantityProblem(1e12)).toMatch(/at most 99999999999/);
  });

  it.each([1, 0.001, 2.5, 18.75, 99_999_999_999])('accepts %p', (q) => {
    expect(quantityProblem(q)).toBeNull();
  });
});

describe('on-hand arithmetic', () => {
  it('adds receipts and subtracts issues', () => {
    expect(signedQuantity('IN', 3)).toBe(3);
    expect(signedQuantity('OUT', 3)).toBe(-3);
    expect(applyMovement(10, 'IN', 2.5)).toEqual({ ok: true, onHand: 12.5 });
    expect(applyMovement(10, 'OUT', 10)).toEqual({ ok: true, onHand: 0 });
  });

  it('never goes below zero and says by how much the stock is short', () => {
    expect(applyMovement(2, 'OUT', 3.5)).toEqual({ ok: false, reason: 'only 2 on hand, 3.5 requested', shortBy: 1.5 });
    expect(applyMovement(0, 'OUT', 0.001)).toMatchObject({ ok: false });
  });

  it('sums decimals exactly', () => {
    expect(applyMovement(0.1, 'IN', 0.2)).toEqual({ ok: true, onHand: 0.3 });
    expect(applyMovement(0.3, 'OUT', 0.1)).toEqual({ ok: true, onHand: 0.2 });
  });

  it('defines on-hand as the ledger sum, and applying movements one by one agrees with it', () => {
    const ledger = [
      { direction: 'IN' as const, quantity: 10 },
      { direction: 'OUT' as const, quantity: 2.25 },
      { direction: 'IN' as const, quantity: 0.1 },
      { direction: 'OUT' as const, quantity: 7.85 },
    ];
    expect(ledgerBalance(ledger)).toBe(0);
    let onHand = 0;
    for (const e of ledger) {
      const r = applyMovement(onHand, e.direction, e.quantity);
      if (!r.ok) throw new Error(r.reason);
      onHand = r.onHand;
    }
    expect(onHand).toBe(ledgerBalance(ledger));
    expect(ledgerBalance([])).toBe(0);
  });
});

describe('reorder point', () => {
  it('flags on-hand at or below the reorder point', () => {
    expect(isBelowReorderPoint(499, 500)).toBe(true);
    expect(isBelowReorderPoint(500, 500)).toBe(true);
    expect(isBelowReorderPoint(500.001, 500)).toBe(false);
    expect(isBelowReorderPoint(0.3, 0.1 + 0.2)).toBe(true);
  });
});

describe('movement kinds', () => {
  it('fixes the direction of one-way kinds and requires one for adjustments and count variance', () => {
    expect(directionOf('RECEIPT')).toBe('IN');
    expect(directionOf('TRANSFER_IN')).toBe('IN');
    expect(directionOf('CONSUMPTION')).toBe('OUT');
    expect(directionOf('WRITE_OFF', 'OUT')).toBe('OUT');
    expect(directionOf('RETURN_TO_VENDOR', 'IN')).toBeNull();
    expect(directionOf('ADJUSTMENT')).toBeNull();
    expect(directionOf('COUNT_VARIANCE', 'IN')).toBe('IN');
  });
});

describe('stock signals', () => {
  it('announces crossing into low, out and back', () => {
    expect(stockSignal(30, 20, 20)).toBe('FELL_LOW');
    expect(stockSignal(20, 15, 20)).toBeNull();
    expect(stockSignal(15, 0, 20)).toBe('RAN_OUT');
    expect(stockSignal(30, 0, 20)).toBe('RAN_OUT');
    expect(stockSignal(0, 5, 20)).toBe('REPLENISHED');
    expect(stockSignal(5, 50, 20)).toBe('REPLENISHED');
    expect(stockSignal(50, 60, 20)).toBeNull();
  });

  it('without a reorder point only out-of-stock and back count', () => {
    expect(stockSignal(5, 1, 0)).toBeNull();
    expect(stockSignal(1, 0, 0)).toBe('RAN_OUT');
    expect(stockSignal(0, 1, 0)).toBe('REPLENISHED');
  });
});
