/*
 * Pure rules for reply templates (快捷短语): which placeholders exist and how a body is filled.
 */

export const PLACEHOLDERS = ['guestName', 'caseNumber', 'subject'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

const PATTERN = /\{(\w+)\}/g;

/** Placeholders in `body` that the renderer does not know (so a typo is caught when the template is saved). */
export function unknownPlaceholders(body: string): string[] {
  const known = new Set<string>(PLACEHOLDERS);
  return [...new Set([...body.matchAll(PATTERN)].map((m) => m[1]).filter((name) => !known.has(name)))];
}

/** Fills the placeholders; a guest without a name on record is addressed as 'guest'. */
export function renderTemplate(body: string, values: { guestName: string | null; caseNumber: string; subject: string }): string {
  const filled: Record<Placeholder, string> = {
    guestName: values.guestName ?? 'guest',
    caseNumber: values.caseNumber,
    subject: values.subject,
  };
  return body.replace(PATTERN, (whole, name: string) => (name in filled ? filled[name as Placeholder] : whole));
}
