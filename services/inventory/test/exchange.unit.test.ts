import { EXCHANGE_MACHINE, outstanding, replace, replacementCost } from '../src/exchange/exchange.rules';

describe('vendor exchange (pure)', () => {
  it('replaces in parts up to what was returned', () => {
    expect(replace({ returned: 6, replaced: 0 }, 4)).toEqual({ ok: true, replaced: 4, action: 'replacePart' });
    expect(replace({ returned: 6, replaced: 4 }, 2)).toEqual({ ok: true, replaced: 6, action: 'replaceAll' });
    expect(replace({ returned: 1.5, replaced: 0.5 }, 1.001)).toEqual({ ok: false, owed: 1 });
    expect(outstanding({ returned: 1.5, replaced: 0.25 })).toBe(1.25);
  });

  it('values the replacement at the order line’s price per stock unit (a case of 24 at 96.00 is 4.00 a bottle)', () => {
    expect(replacementCost({ unitPriceMinor: 9600, factor: 24 })).toBe(400);
    expect(replacementCost({ unitPriceMinor: 1000, factor: 3 })).toBe(333.333);
  });

  it('ends at REPLACED', () => {
    expect(EXCHANGE_MACHINE.transition('PARTLY_REPLACED', 'replaceAll')).toMatchObject({ ok: true, to: 'REPLACED' });
    expect(EXCHANGE_MACHINE.transition('REPLACED', 'replacePart').ok).toBe(false);
  });
});
