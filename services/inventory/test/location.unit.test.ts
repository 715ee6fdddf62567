import { placement } from '../src/location/location.rules';

const OUTLET = '5b0c7c1e-5f7a-4c8e-9a59-0d6f5a3c2b10';
const store = { kind: 'STORE' as const, outletId: null };
const outletStore = { kind: 'OUTLET' as const, outletId: OUTLET };

describe('location placement', () => {
  it('puts a bin inside a non-bin location and gives it that location’s outlet', () => {
    expect(placement({ kind: 'BIN', outletId: null, parent: store })).toEqual({ ok: true, outletId: null });
    expect(placement({ kind: 'BIN', outletId: null, parent: outletStore })).toEqual({ ok: true, outletId: OUTLET });
  });

  it('refuses a bin without a parent, inside a bin, or claiming another outlet', () => {
    expect(placement({ kind: 'BIN', outletId: null, parent: null })).toMatchObject({ ok: false, field: 'parentId' });
    expect(placement({ kind: 'BIN', outletId: null, parent: { kind: 'BIN', outletId: null } })).toMatchObject({
      ok: false,
      field: 'parentId',
    });
    expect(placement({ kind: 'BIN', outletId: OUTLET, parent: store })).toMatchObject({ ok: false, field: 'outletId' });
  });

  it('requires an outlet for OUTLET locations and refuses one elsewhere', () => {
    expect(placement({ kind: 'OUTLET', outletId: OUTLET, parent: null })).toEqual({ ok: true, outletId: OUTLET });
    expect(placement({ kind: 'OUTLET', outletId: null, parent: null })).toMatchObject({ ok: false, field: 'outletId' });
    expect(placement({ kind: 'STORE', outletId: OUTLET, parent: null })).toMatchObject({ ok: false, field: 'outletId' });
    expect(placement({ kind: 'DEPARTMENT', outletId: null, parent: null })).toEqual({ ok: true, outletId: null });
  });

  it('gives only bins a parent', () => {
    expect(placement({ kind: 'STORE', outletId: null, parent: store })).toMatchObject({ ok: false, field: 'parentId' });
  });
});
