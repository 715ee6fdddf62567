import { validate } from 'class-validator';
import { AmountMinor, DomainError, MAX_AMOUNT_MINOR, Text, amountArg, intArg, textArg, uuidArg } from '@hotelops/kernel';

class Note {
  @Text(10)
  title: string;

  @Text(20, { optional: true })
  subtitle?: string;

  @Text(20, { optional: true, blank: true })
  remarks?: string;

  @AmountMinor()
  amountMinor: number;
}

const problems = async (fields: Partial<Note>) => {
  const errors = await validate(Object.assign(new Note(), { title: 'Title', amountMinor: 1, ...fields }));
  return Object.fromEntries(errors.map((e) => [e.property, Object.values(e.constraints ?? {})]));
};

describe('bounds on input fields', () => {
  it('accept text within its limit, refuse blank and over-long text naming the limit', async () => {
    expect(await problems({})).toEqual({});
    expect(await problems({ title: '   ' })).toEqual({ title: ['title must not be blank'] });
    expect(await problems({ title: 'x'.repeat(11) })).toEqual({ title: ['title must be at most 10 characters'] });
  });
  it('let optional text be absent but not blank, unless blank is allowed', async () => {
    expect(await problems({ subtitle: undefined, remarks: undefined })).toEqual({});
    expect(await problems({ subtitle: ' ' })).toEqual({ subtitle: ['subtitle must not be blank'] });
    expect(await problems({ remarks: '' })).toEqual({});
  });
  it('bound a money amount to 1 … MAX_AMOUNT_MINOR whole minor units', async () => {
    expect(await problems({ amountMinor: MAX_AMOUNT_MINOR })).toEqual({});
    expect(Object.keys(await problems({ amountMinor: MAX_AMOUNT_MINOR + 1 }))).toEqual(['amountMinor']);
    expect(Object.keys(await problems({ amountMinor: 0 }))).toEqual(['amountMinor']);
    expect(Object.keys(await problems({ amountMinor: 1.5 }))).toEqual(['amountMinor']);
  });
});

describe('bounds on bare arguments', () => {
  const check = (options: { validateFn?: unknown }, value: unknown) =>
    (options.validateFn as (v: unknown, t: unknown, d: unknown) => void)(value, String, {});
  const refusal = (options: { validateFn?: unknown }, value: unknown) => {
    try {
      check(options, value);
      return null;
    } catch (err) {
      return err instanceof DomainError ? { code: err.code, message: err.message, details: err.details } : err;
    }
  };

  it('refuse over-long and blank text as INPUT.INVALID naming the argument and the limit', () => {
    expect(refusal(textArg('reason', 5), 'fine')).toBeNull();
    expect(refusal(textArg('reason', 5, { nullable: true }), undefined)).toBeNull();
    expect(refusal(textArg('reason', 5), 'too long')).toEqual({
      code: 'INPUT.INVALID',
      message: 'Invalid input — reason: must be at most 5 characters (got 8)',
      details: { field: 'reason', fields: ['reason'] },
    });
    expect(refusal(textArg('reason', 5), '  ')).toMatchObject({ message: 'Invalid input — reason: must not be blank' });
  });
  it('refuse numbers out of range, amounts above the maximum and ids that are not UUIDs', () => {
    expect(refusal(intArg('rooms', 0, 100), 100)).toBeNull();
    expect(refusal(intArg('rooms', 0, 100), -1)).toMatchObject({ message: 'Invalid input — rooms: must be a whole number from 0 to 100' });
    expect(refusal(amountArg('amountMinor'), 2_147_483_647)).toMatchObject({ details: { field: 'amountMinor' } });
    expect(refusal(uuidArg('propertyId'), '00000000-0000-4000-8000-000000000000')).toBeNull();
    expect(refusal(uuidArg('propertyId'), '')).toMatchObject({ message: 'Invalid input — propertyId: must be a UUID' });
  });
});
