/*
 * Pure rules of ARI push: which deliveries may go now (in seq order per endpoint and room type),
 * how long a failed one waits, how a partner's answer is read, and what an endpoint may be.
 */

export const ARI_PUSH_STATUSES = ['PENDING', 'DELIVERED'] as const;
export type AriPushStatus = (typeof ARI_PUSH_STATUSES)[number];

/** Deltas of one room type sent in one OTA_HotelAvailNotifRQ at most. */
export const ARI_PUSH_BATCH = 100;
export const ARI_PUSH_FIRST_RETRY_MS = 5_000;
export const ARI_PUSH_MAX_RETRY_MS = 15 * 60_000;

/** Wait before the next try after `attempts` failed ones: doubling from 5 s, at most 15 minutes. */
export function retryDelayMs(attempts: number): number {
  const n = Math.max(1, attempts);
  return Math.min(ARI_PUSH_MAX_RETRY_MS, ARI_PUSH_FIRST_RETRY_MS * 2 ** Math.min(n - 1, 20));
}

export interface PendingDelivery {
  id: string;
  endpointId: string;
  roomTypeId: string;
  deltaSeq: number;
  nextAttemptAt: Date;
}

/**
 * The batches that may go now: per endpoint and room type the oldest pending deliveries (seq
 * order), when the oldest one is due. A later delta never overtakes an earlier one of its room
 * type — a partner applies "set limit" messages in the order it receives them.
 */
export function dueBatches<D extends PendingDelivery>(pending: D[], now: Date, batch = ARI_PUSH_BATCH): D[][] {
  const queues = new Map<string, D[]>();
  for (const d of [...pending].sort((a, b) => a.deltaSeq - b.deltaSeq)) {
    const key = `${d.endpointId}/${d.roomTypeId}`;
    const q = queues.get(key) ?? [];
    q.push(d);
    queues.set(key, q);
  }
  return [...queues.values()].filter((q) => q[0].nextAttemptAt.getTime() <= now.getTime()).map((q) => q.slice(0, batch));
}

/** What one push attempt came to: only an OTA Success answer delivers. */
export type PushOutcome = { delivered: true } | { delivered: false; reason: string };

/** Reads a partner's HTTP answer: 2xx with Success delivers; Errors, Warnings-only, other bodies or statuses do not. */
export function pushOutcome(status: number, answer: { success: boolean; errors: string[] } | undefined): PushOutcome {
  if (status < 200 || status >= 300) {
    const detail = answer?.errors.length ? `: ${answer.errors.join('; ')}` : '';
    return { delivered: false, reason: `HTTP ${status}${detail}`.slice(0, 500) };
  }
  if (!answer) return { delivered: false, reason: 'answer is not an OTA_HotelAvailNotifRS' };
  if (answer.errors.length) return { delivered: false, reason: `OTA Errors: ${answer.errors.join('; ')}`.slice(0, 500) };
  if (!answer.success) return { delivered: false, reason: 'OTA answer without Success' };
  return { delivered: true };
}

const HEADER_NAME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,100}$/;
const FORBIDDEN_HEADERS = new Set(['host', 'content-length', 'content-type', 'connection', 'transfer-encoding']);

/** Why an endpoint cannot be used, or undefined: an absolute http(s) URL, a plain header name with a value. */
export function endpointProblem(e: {
  url: string;
  authHeaderName?: string | null;
  authHeaderValue?: string | null;
}): { field: string; message: string } | undefined {
  let url: URL;
  try {
    url = new URL(e.url);
  } catch {
    return { field: 'url', message: 'url must be an absolute http(s) URL' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { field: 'url', message: 'url must use http or https' };
  if (url.username || url.password) return { field: 'url', message: 'credentials belong in authHeaderValue, not in the url' };
  const named = e.authHeaderName != null;
  if (named !== (e.authHeaderValue != null))
    return { field: 'authHeaderValue', message: 'authHeaderName and authHeaderValue come together' };
  if (named && (!HEADER_NAME.test(e.authHeaderName!) || FORBIDDEN_HEADERS.has(e.authHeaderName!.toLowerCase())))
    return { field: 'authHeaderName', message: 'authHeaderName must be a plain HTTP header name (not Host, Content-Type …)' };
  if (named && /[\r\n\0]/.test(e.authHeaderValue!)) return { field: 'authHeaderValue', message: 'authHeaderValue must be one line' };
  return undefined;
}
