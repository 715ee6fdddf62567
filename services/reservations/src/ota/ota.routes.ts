import type { HttpReply, SubgraphRoute } from '@hotelops/kernel';
import { ARI_MAX_PAGE, type AriFeedService } from './ari-feed.service';
import { resNotifErrors } from './res-notif.response';
import { OTA_ERROR_CODE as ERR, OTA_ERROR_TYPE as EWT } from './res-notif.rules';
import type { OtaAnswer, OtaResNotifService } from './res-notif.service';

const XML = 'application/xml; charset=utf-8';
const send = (reply: HttpReply, a: OtaAnswer) => reply.code(a.status).type(XML).send(a.xml);
const intParam = (v: unknown, dflt: number, max: number): number | undefined => {
  if (v === undefined) return dflt;
  const n = Number(v);
  return Number.isSafeInteger(n) && n >= 0 && n <= max ? n : undefined;
};

/**
 * OpenTravel over HTTP/XML, reached only through the gateway (which authenticates the partner's
 * API key and signs its identity): reservations in (`OTA_HotelResNotifRQ`), ARI deltas out.
 */
export function otaRoutes({ otaResNotif, ariFeed }: { otaResNotif: OtaResNotifService; ariFeed: AriFeedService }): SubgraphRoute[] {
  return [
    {
      method: 'POST',
      url: '/ota/HotelResNotif',
      handle: async (ctx, request, reply) => {
        const xml = typeof request.body === 'string' ? request.body : '';
        try {
          return send(reply, await otaResNotif.notify(xml, ctx.caller, ctx.eventMeta));
        } catch (err) {
          // Not the partner's fault: logged in full, answered as an OTA system error (the partner retries).
          ctx.logger.error({ err }, 'OTA reservation message failed');
          const text = 'System error; retry the message';
          return send(reply, {
            status: 500,
            xml: resNotifErrors(undefined, [{ type: EWT.PROCESSING_EXCEPTION, code: ERR.SYSTEM_ERROR, text }], new Date()),
          });
        }
      },
    },
    {
      method: 'GET',
      url: '/ota/HotelAvailNotif',
      handle: async (ctx, request, reply) => {
        const q = request.query as Record<string, unknown>;
        const since = intParam(q.since, 0, Number.MAX_SAFE_INTEGER);
        const limit = intParam(q.limit, 100, ARI_MAX_PAGE);
        const hotelCode = typeof q.hotelCode === 'string' && /^[A-Za-z0-9_-]{1,20}$/.test(q.hotelCode) ? q.hotelCode : undefined;
        if (since === undefined || !limit || !hotelCode) {
          const text = `hotelCode (1–20 letters or digits) is required; since ≥ 0 and limit 1–${ARI_MAX_PAGE} are whole numbers`;
          return reply
            .code(400)
            .type(XML)
            .send(resNotifErrors(undefined, [{ type: EWT.BIZ_RULE, code: ERR.INVALID_VALUE, text }], new Date()));
        }
        const answer = await ariFeed.pull({ hotelCode, since, limit }, ctx.caller);
        return send(reply.header('x-ari-cursor', String(answer.cursor)), answer);
      },
    },
  ];
}
