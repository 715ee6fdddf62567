/* What makes a shift template usable. Pure. */
import { timeOfDay } from '../calendar/local-time.rules';

/** Why a template's times do not make a shift, or null. Ending at or before the start = overnight. */
export function shiftTemplateProblem(startsAt: string, endsAt: string, breakMinutes: number): string | null {
  const s = timeOfDay(startsAt);
  const e = timeOfDay(endsAt);
  if (s === null || e === null) return 'startsAt and endsAt must be times of day HH:MM';
  const length = e > s ? e - s : e + 1440 - s;
  if (length > 16 * 60) return `a shift lasts at most 16 h (this one ${Math.round(length / 6) / 10} h)`;
  if (breakMinutes >= length) return `the break (${breakMinutes} min) must be shorter than the shift (${length} min)`;
  return null;
}
