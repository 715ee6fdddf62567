/*
 * Pure mapping of availability and rate events onto OTA_HotelAvailNotifRQ AvailStatusMessages:
 * booking limits per room type (InvTypeCode), and per rate plan (RatePlanCode) the lengths of
 * stay and arrival/departure restrictions. OTA dates are inclusive; ours end exclusively.
 */

export interface AvailabilityDelta {
  kind: 'availability';
  roomTypeCode: string;
  nights: { date: string; available: number }[];
}

export interface RateDelta {
  kind: 'rates';
  roomTypeCode: string;
  ratePlanCode: string;
  from: string;
  to: string;
  minLos: number | null;
  maxLos: number | null;
  closedToArrival: boolean;
  closedToDeparture: boolean;
}

export type AriDelta = AvailabilityDelta | RateDelta;

/** One AvailStatusMessage, attributes prefixed with @ for the XML writer. */
export type AvailStatusMessage = Record<string, unknown>;

export const dayBefore = (isoDate: string): string => {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};

const nextDay = (isoDate: string): string => {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

/** Consecutive nights with the same availability become one message with a date range. */
function bookingLimits(d: AvailabilityDelta): AvailStatusMessage[] {
  const nights = [...d.nights].sort((a, b) => a.date.localeCompare(b.date));
  const out: AvailStatusMessage[] = [];
  let run: { start: string; end: string; available: number } | undefined;
  const flush = () => {
    if (!run) return;
    out.push({
      '@BookingLimit': String(Math.max(0, run.available)),
      '@BookingLimitMessageType': 'SetLimit',
      StatusApplicationControl: { '@Start': run.start, '@End': run.end, '@InvTypeCode': d.roomTypeCode },
    });
  };
  for (const n of nights) {
    if (run && run.available === n.available && nextDay(run.end) === n.date) run.end = n.date;
    else {
      flush();
      run = { start: n.date, end: n.date, available: n.available };
    }
  }
  flush();
  return out;
}

/** Lengths of stay with the plan's open/close status, then one message per arrival/departure restriction (OTA allows one RestrictionStatus each). */
function restrictions(d: RateDelta): AvailStatusMessage[] {
  const control = { '@Start': d.from, '@End': dayBefore(d.to), '@InvTypeCode': d.roomTypeCode, '@RatePlanCode': d.ratePlanCode };
  const los = [
    ...(d.minLos != null ? [{ '@MinMaxMessageType': 'SetMinLOS', '@Time': String(d.minLos), '@TimeUnit': 'Day' }] : []),
    ...(d.maxLos != null ? [{ '@MinMaxMessageType': 'SetMaxLOS', '@Time': String(d.maxLos), '@TimeUnit': 'Day' }] : []),
  ];
  return [
    {
      StatusApplicationControl: control,
      ...(los.length ? { LengthsOfStay: { LengthOfStay: los } } : {}),
      RestrictionStatus: { '@Status': 'Open' },
    },
    {
      StatusApplicationControl: control,
      RestrictionStatus: { '@Status': d.closedToArrival ? 'Close' : 'Open', '@Restriction': 'Arrival' },
    },
    {
      StatusApplicationControl: control,
      RestrictionStatus: { '@Status': d.closedToDeparture ? 'Close' : 'Open', '@Restriction': 'Departure' },
    },
  ];
}

/** Deltas, oldest first, as AvailStatusMessages in the same order (a later message overrides an earlier one). */
export function availStatusMessages(deltas: AriDelta[]): AvailStatusMessage[] {
  return deltas.flatMap((d) => (d.kind === 'availability' ? bookingLimits(d) : restrictions(d)));
}
