import { applyMovement, isBelowReorderPoint, ledgerBalance, quantityProblem, signedQuantity } from '../src/stock/stock.rules';

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
    expect(signedQuantity('RECEIPT', 3)).toBe(3);
    expect(signedQuantity('ISSUE', 3)).toBe(-3);
    expect(applyMovement(10, 'RECEIPT', 2.5)).toEqual({ ok: true, onHand: 12.5 });
    expect(applyMovement(10, 'ISSUE', 10)).toEqual({ ok: true, onHand: 0 });
  });

  it('never goes below zero and says by how much the stock is short', () => {
    expect(applyMovement(2, 'ISSUE', 3.5)).toEqual({ ok: false, reason: 'only 2 on hand, 3.5 requested', shortBy: 1.5 });
    expect(applyMovement(0, 'ISSUE', 0.001)).toMatchObject({ ok: false });
  });

  it('sums decimals exactly', () => {
    expect(applyMovement(0.1, 'RECEIPT', 0.2)).toEqual({ ok: true, onHand: 0.3 });
    expect(applyMovement(0.3, 'ISSUE', 0.1)).toEqual({ ok: true, onHand: 0.2 });
  });

  it('defines on-hand as the ledger sum, and applying movements one by one agrees with it', () => {
    const ledger = [
      { kind: 'RECEIPT' as const, quantity: 10 },
      { kind: 'ISSUE' as const, quantity: 2.25 },
      { kind: 'RECEIPT' as const, quantity: 0.1 },
      { kind: 'ISSUE' as const, quantity: 7.85 },
    ];
    expect(ledgerBalance(ledger)).toBe(0);
    let onHand = 0;
    for (const e of ledger) {
      const r = applyMovement(onHand, e.kind, e.quantity);
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
