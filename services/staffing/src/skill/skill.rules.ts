/* Skills and certifications: whether one is valid on a date and how soon it runs out. Pure. */
import { dayStart } from '../calendar/local-time.rules';

export const SKILL_STATES = ['VALID', 'EXPIRING', 'EXPIRED'] as const;
export type SkillState = (typeof SKILL_STATES)[number];

/** EXPIRED after its expiry date, EXPIRING within `warnDays` of it, else VALID (no expiry = VALID). */
export function skillState(expiresOn: string | null, today: string, warnDays = 30): SkillState {
  if (!expiresOn) return 'VALID';
  if (expiresOn < today) return 'EXPIRED';
  return (dayStart(expiresOn) - dayStart(today)) / 1440 <= warnDays ? 'EXPIRING' : 'VALID';
}
