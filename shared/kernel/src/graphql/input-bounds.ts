import { IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateBy, isUUID, type ValidationOptions } from 'class-validator';
import type { ArgOptions } from 'type-graphql';
import { DomainError } from '../errors/domain-error';

/*
 * Bounds every input of the API carries, checked before anything is looked up: class-validator
 * decorators for fields of input types, and argument options (`validateFn`) for bare scalar
 * arguments. A value out of bounds is BAD_USER_INPUT / INPUT.INVALID naming the field and the
 * limit — never a database error.
 */

/**
 * The largest single money amount the API takes, in minor units (1,000,000.00 of the currency):
 * far above any hotel charge, and far below 2³¹, so one amount fits every integer column and
 * GraphQL Int. Sums the API returns (balances, revenue) are SafeInt, which no realistic count of
 * such amounts can overflow.
 */
export const MAX_AMOUNT_MINOR = 100_000_000;

/**
 * Text of at most `max` characters, not blank once trimmed. `optional`: may be absent (null);
 * `blank`: may be empty or blank (free text a client may clear).
 */
export function Text(max: number, opts: { optional?: boolean; blank?: boolean } = {}): PropertyDecorator {
  return (target, key) => {
    if (opts.optional) IsOptional()(target, key);
    if (!opts.blank) NotBlank()(target, key);
    IsString()(target, key);
    MaxLength(max, { message: `${String(key)} must be at most ${max} characters` })(target, key);
  };
}

/** Not empty and not only whitespace. */
export function NotBlank(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'notBlank',
      validator: {
        validate: (v: unknown) => typeof v === 'string' && v.trim().length > 0,
        defaultMessage: (args) => `${args?.property} must not be blank`,
      },
    },
    options,
  );
}

/** A whole number in [min, max]. */
export function IntRange(min: number, max: number, opts: { optional?: boolean } = {}): PropertyDecorator {
  return (target, key) => {
    if (opts.optional) IsOptional()(target, key);
    IsInt()(target, key);
    Min(min)(target, key);
    Max(max)(target, key);
  };
}

/** A money amount in minor units: whole, at least `min` (default 1), at most MAX_AMOUNT_MINOR (or `max`). */
export const AmountMinor = (opts: { min?: number; max?: number; optional?: boolean } = {}) =>
  IntRange(opts.min ?? 1, opts.max ?? MAX_AMOUNT_MINOR, opts);

/** What is wrong with a bare argument's value, or null; a missing optional value is fine. */
type Check = (value: unknown) => string | null;

function argument(name: string, check: Check, opts: Pick<ArgOptions, 'nullable' | 'description'>): ArgOptions {
  return {
    ...opts,
    validateFn: (value: unknown) => {
      if (value == null) return;
      const problem = check(value);
      if (problem) throw new DomainError('INPUT.INVALID', `Invalid input — ${name}: ${problem}`, { field: name, fields: [name] });
    },
  };
}

/** A bare String argument: not blank, at most `max` characters. */
export const textArg = (name: string, max: number, opts: Pick<ArgOptions, 'nullable' | 'description'> = {}): ArgOptions =>
  argument(
    name,
    (v) =>
      typeof v !== 'string' || !v.trim()
        ? 'must not be blank'
        : v.length > max
          ? `must be at most ${max} characters (got ${v.length})`
          : null,
    opts,
  );

/** A bare Int argument in [min, max]. */
export const intArg = (name: string, min: number, max: number, opts: Pick<ArgOptions, 'nullable' | 'description'> = {}): ArgOptions =>
  argument(
    name,
    (v) => (Number.isInteger(v) && (v as number) >= min && (v as number) <= max ? null : `must be a whole number from ${min} to ${max}`),
    opts,
  );

/** A bare money argument in minor units: 1 to MAX_AMOUNT_MINOR. */
export const amountArg = (name: string, opts: Pick<ArgOptions, 'nullable' | 'description'> = {}): ArgOptions =>
  intArg(name, 1, MAX_AMOUNT_MINOR, opts);

/** A bare ID argument that names an aggregate of another subgraph (a property): it must be a UUID. */
export const uuidArg = (name: string, opts: Pick<ArgOptions, 'nullable' | 'description'> = {}): ArgOptions =>
  argument(name, (v) => (typeof v === 'string' && isUUID(v) ? null : 'must be a UUID'), opts);
