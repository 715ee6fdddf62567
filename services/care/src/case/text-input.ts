import { DomainError } from '@hotelops/kernel';
import { textProblem } from './case.rules';

/** Free text of the desk (notes, reasons, descriptions) longer than this is refused. */
export const TEXT_MAX = 4000;

/** Refuses blank or over-long free text as INPUT.INVALID naming the field. */
export function assertText(field: string, value: string, max = TEXT_MAX): void {
  const problem = textProblem(field, value, max);
  if (problem) throw new DomainError('INPUT.INVALID', problem, { field });
}
