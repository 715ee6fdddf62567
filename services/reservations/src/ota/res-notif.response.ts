import { OTA_NS, writeXml } from './ota-xml';
import type { OtaError, ReservationCommand } from './res-notif.rules';

/** What one room stay's upsert answered. */
export interface StayAck {
  channelReservationId: string;
  confirmationNumber: string | null;
  status: string;
  outcome: string;
}

export interface ReservationAck {
  command: ReservationCommand;
  stays: StayAck[];
}

const header = (echoToken: string | undefined, now: Date) => ({
  '@xmlns': OTA_NS,
  ...(echoToken ? { '@EchoToken': echoToken } : {}),
  '@TimeStamp': now.toISOString(),
  '@Version': '1.0',
});

const RESPONSE_TYPE = { Commit: 'Committed', Modify: 'Modified', Cancel: 'Cancelled' } as const;

/**
 * OTA_HotelResNotifRS for a message fully applied: per reservation the partner's UniqueID and,
 * as cross-references, our confirmation number of each room stay (ResID_Type 10, hotel).
 */
export function resNotifSuccess(echoToken: string | undefined, acks: ReservationAck[], now: Date): string {
  const action = acks[0]?.command.action ?? 'Commit';
  return writeXml({
    OTA_HotelResNotifRS: {
      ...header(echoToken, now),
      '@ResResponseType': RESPONSE_TYPE[action],
      Success: '',
      HotelReservations: {
        HotelReservation: acks.map(({ command, stays }) => ({
          '@ResStatus': command.action === 'Cancel' ? 'Cancelled' : 'Reserved',
          UniqueID: { '@Type': '14', '@ID': command.uniqueId },
          ResGlobalInfo: {
            HotelReservationIDs: {
              HotelReservationID: stays
                .filter((s) => s.confirmationNumber)
                .map((s) => ({
                  '@ResID_Type': '10',
                  '@ResID_Value': s.confirmationNumber,
                  '@ResID_Source': 'HotelOps',
                  '@ResID_SourceContext': s.channelReservationId,
                })),
            },
          },
        })),
      },
    },
  });
}

/** OTA_HotelResNotifRS carrying Errors (and nothing else, as the OTA choice requires). */
export function resNotifErrors(echoToken: string | undefined, errors: OtaError[], now: Date): string {
  return writeXml({
    OTA_HotelResNotifRS: {
      ...header(echoToken, now),
      Errors: {
        Error: errors.map((e) => ({
          '@Type': e.type,
          '@Code': e.code,
          '@ShortText': e.text.slice(0, 64),
          ...(e.recordId ? { '@RecordID': e.recordId } : {}),
          ...(e.tag ? { '@Tag': e.tag } : {}),
          '#text': e.text,
        })),
      },
    },
  });
}
