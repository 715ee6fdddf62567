import { ArrayMaxSize, ArrayMinSize, IsNumber, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, type FieldOptions } from 'type-graphql';
import { MAX_QUANTITY, QUANTITY_DECIMALS } from './quantity.rules';

/*
 * The input shapes every document of the store repeats (orders, receipts, transfers, exchanges):
 * a stock quantity, a list of lines, a reference by id — declared once.
 */

/** A stock quantity: finite, at most three decimals, from `min` (default 0.001) up to MAX_QUANTITY. */
export function Quantity({ min = 0.001 }: { min?: number } = {}): PropertyDecorator {
  return (target, key) => {
    IsNumber({ maxDecimalPlaces: QUANTITY_DECIMALS, allowNaN: false, allowInfinity: false })(target, key);
    Min(min)(target, key);
    Max(MAX_QUANTITY)(target, key);
  };
}

/** A document's lines: one to 200, each validated. */
export function Lines(): PropertyDecorator {
  return (target, key) => {
    ArrayMinSize(1)(target, key);
    ArrayMaxSize(200)(target, key);
    ValidateNested({ each: true })(target, key);
  };
}

/** An ID input field that must be a UUID (optional when nullable). */
export function IdField(opts: FieldOptions = {}): PropertyDecorator {
  return (target, key) => {
    Field(() => ID, opts)(target, key);
    if (opts.nullable) IsOptional()(target, key);
    IsUUID()(target, key);
  };
}
