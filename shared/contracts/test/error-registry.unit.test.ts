import { ERROR_CATEGORIES, ERROR_CODES } from '../src/errors';
import { CARE_ERRORS } from '../src/errors/care';
import { FNB_ERRORS } from '../src/errors/fnb';
import { INVENTORY_ERRORS } from '../src/errors/inventory';
import { RESERVATIONS_ERRORS } from '../src/errors/reservations';
import { SHARED_ERRORS } from '../src/errors/shared';
import { STAFFING_ERRORS } from '../src/errors/staffing';

const files = { SHARED_ERRORS, STAFFING_ERRORS, RESERVATIONS_ERRORS, FNB_ERRORS, INVENTORY_ERRORS, CARE_ERRORS };

describe('error-code registry', () => {
  it('declares each code in exactly one domain file (a second declaration would silently win)', () => {
    const seen = new Map<string, string[]>();
    for (const [file, codes] of Object.entries(files))
      for (const code of Object.keys(codes)) seen.set(code, [...(seen.get(code) ?? []), file]);
    const twice = [...seen].filter(([, where]) => where.length > 1);
    expect(twice).toEqual([]);
    expect(Object.keys(ERROR_CODES).sort()).toEqual([...seen.keys()].sort());
  });

  it('names codes <AGGREGATE>.<WHAT> and maps each to a GraphQL category', () => {
    for (const [code, category] of Object.entries(ERROR_CODES)) {
      expect(code).toMatch(/^[A-Z][A-Z_]*\.[A-Z][A-Z_]*$/);
      expect(ERROR_CATEGORIES).toContain(category);
    }
  });
});
