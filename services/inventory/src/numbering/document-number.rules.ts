/*
 * Document numbers (PO-00001, TR-00001, ST-00001, CC-00001, EX-00001): one sequence per property and
 * prefix. Pure.
 */

export const DOCUMENT_PREFIXES = ['PO', 'TR', 'ST', 'CC', 'EX'] as const;
export type DocumentPrefix = (typeof DOCUMENT_PREFIXES)[number];

/** The printed number: prefix, dash, at least five digits. */
export const formatDocumentNumber = (prefix: DocumentPrefix, n: number) => `${prefix}-${String(n).padStart(5, '0')}`;
