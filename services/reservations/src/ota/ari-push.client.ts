import { OtaReadError, readOtaMessage } from './ota-xml';
import { pushOutcome, type PushOutcome } from './ari-push.rules';

/** A partner that does not answer within this is a failed attempt (retried later). */
export const ARI_PUSH_TIMEOUT_MS = 10_000;

export interface PushTarget {
  url: string;
  authHeaderName: string | null;
  authHeaderValue: string | null;
}

/** POSTs one OTA_HotelAvailNotifRQ to a partner and reads its OTA_HotelAvailNotifRS. */
export async function postAvailNotif(target: PushTarget, xml: string): Promise<PushOutcome> {
  let res: Response;
  try {
    res = await fetch(target.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/xml; charset=utf-8',
        ...(target.authHeaderName && target.authHeaderValue ? { [target.authHeaderName]: target.authHeaderValue } : {}),
      },
      body: xml,
      redirect: 'error',
      signal: AbortSignal.timeout(ARI_PUSH_TIMEOUT_MS),
    });
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause?.code;
    return { delivered: false, reason: `not reached: ${cause ?? (err as Error).message}`.slice(0, 500) };
  }
  const body = await res.text().catch(() => '');
  return pushOutcome(res.status, readAnswer(body));
}

function readAnswer(body: string): { success: boolean; errors: string[] } | undefined {
  try {
    const rs = readOtaMessage(body, 'OTA_HotelAvailNotifRS', new Set(['Error', 'Warning']));
    const errors = ((rs.Errors as { Error?: (string | Record<string, string>)[] } | undefined)?.Error ?? []).map((e) =>
      typeof e === 'string' ? e : [e.Code, e._text ?? e.ShortText].filter(Boolean).join(' '),
    );
    return { success: 'Success' in rs, errors: errors.length || !rs.Errors ? errors : ['Errors'] };
  } catch (err) {
    if (err instanceof OtaReadError) return undefined;
    throw err;
  }
}
