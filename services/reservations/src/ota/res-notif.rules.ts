/*
 * Pure mapping of OTA_HotelResNotifRQ onto partner upserts: one upsert per RoomStay, keyed
 * `<UniqueID>/<IndexNumber or position>`, at a version taken from the reservation's last
 * modification time (seconds since 1970, as the channel upsert's growing version).
 */

/** The parts of a checked message (res-notif.schema.ts) the mapping reads. */
type OtaText = string | { _text?: string };
export interface Guarantee {
  GuaranteeType?: string;
  GuaranteeCode?: string;
  GuaranteesAccepted?: {
    GuaranteeAccepted: { PaymentCard?: { CardCode?: string; CardNumber?: string | Record<string, unknown>; ExpireDate?: string } }[];
  };
}
type Comments = { Comment: (string | { Text?: OtaText })[] };
export interface RoomStay {
  IndexNumber?: string;
  RoomTypes: { RoomType: { RoomTypeCode: string }[] };
  RatePlans?: { RatePlan: { RatePlanCode: string }[] };
  GuestCounts?: { GuestCount: { AgeQualifyingCode?: string; Count: string }[] };
  TimeSpan: { Start: string; End: string };
  Guarantee?: Guarantee;
  Comments?: Comments;
  SpecialRequests?: { SpecialRequest: (string | { Text?: OtaText })[] };
  ResGuestRPHs?: { ResGuestRPH: { RPH: string }[] };
  BasicPropertyInfo?: { HotelCode: string };
}
export interface HotelReservation {
  CreateDateTime?: string;
  LastModifyDateTime?: string;
  UniqueID: { ID: string };
  RoomStays?: { RoomStay: RoomStay[] };
  ResGuests?: {
    ResGuest: {
      ResGuestRPH?: string;
      Profiles?: {
        ProfileInfo: { Profile: { Customer?: { PersonName: { GivenName?: string[]; Surname: string }; Email?: OtaText[] } } }[];
      };
    }[];
  };
  ResGlobalInfo?: { Comments?: Comments; Guarantee?: Guarantee; BasicPropertyInfo?: { HotelCode: string } };
}
export interface ResNotif {
  TimeStamp?: string;
  ResStatus: 'Commit' | 'Modify' | 'Cancel';
  POS?: { Source: { RequestorID?: { ID?: string }; BookingChannel?: { CompanyName?: string | { Code?: string } } }[] };
}

/** OTA Error Warning Type (EWT) codes used here. */
export const OTA_ERROR_TYPE = {
  BIZ_RULE: '3',
  AUTHORIZATION: '6',
  PROTOCOL_VIOLATION: '7',
  REQUIRED_FIELD_MISSING: '10',
  PROCESSING_EXCEPTION: '12',
} as const;

/** OTA Error Codes (ERR) used here. */
export const OTA_ERROR_CODE = {
  INVALID_DATE: '15',
  BOOKING_CANCELLED: '95',
  INVALID_RATE_CODE: '249',
  INVALID_VALUE: '320',
  REQUIRED_FIELD_MISSING: '321',
  NO_AVAILABILITY: '322',
  INVALID_HOTEL_CODE: '392',
  INVALID_ROOM_TYPE: '402',
  INVALID_DATE_RANGE: '404',
  SIMULTANEOUS_UPDATES: '447',
  SYSTEM_ERROR: '448',
  UNABLE_TO_PROCESS: '450',
  AUTHORIZATION_ERROR: '497',
} as const;

export interface OtaError {
  type: string;
  code: string;
  text: string;
  /** the partner's reservation id the error is about */
  recordId?: string;
  /** where in the message (a path of element names) */
  tag?: string;
}

/** One room stay as the channel upsert takes it, codes still to be resolved. */
export interface StayCommand {
  channelReservationId: string;
  roomTypeCode: string;
  ratePlanCode?: string;
  arrival: string;
  departure: string;
  guestName: string;
  guestEmail?: string;
  adults: number;
  specialRequests?: string;
}

export interface ReservationCommand {
  uniqueId: string;
  hotelCode: string;
  version: number;
  action: 'Commit' | 'Modify' | 'Cancel';
  stays: StayCommand[];
}

export const MAX_TEXT = 2000;
const MAX_NAME = 200;
const MAX_VERSION = 2_147_483_647;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The partner code of the message: the requestor's id, else the booking channel's company code. */
export function channelOf(msg: ResNotif): string | undefined {
  for (const source of msg.POS?.Source ?? []) {
    const company = source.BookingChannel?.CompanyName;
    const raw = source.RequestorID?.ID ?? (typeof company === 'object' ? company.Code : undefined);
    const code = raw
      ?.trim()
      .toUpperCase()
      .replace(/[^A-Z0-9_-]/g, '_');
    if (code && code.length >= 2) return code.slice(0, 40);
  }
  return undefined;
}

/** One HotelReservation → its upserts, or the OTA error that stops it. */
export function mapHotelReservation(msg: ResNotif, hr: HotelReservation): ReservationCommand | OtaError {
  const uniqueId = hr.UniqueID.ID;
  const fail = (code: string, text: string, type: string = OTA_ERROR_TYPE.BIZ_RULE): OtaError => ({ type, code, text, recordId: uniqueId });
  const stamp = hr.LastModifyDateTime ?? hr.CreateDateTime ?? msg.TimeStamp;
  if (!stamp)
    return fail(
      OTA_ERROR_CODE.REQUIRED_FIELD_MISSING,
      'LastModifyDateTime, CreateDateTime or TimeStamp is required',
      OTA_ERROR_TYPE.REQUIRED_FIELD_MISSING,
    );
  const version = Math.floor(Date.parse(/(Z|[+-]\d\d:?\d\d)$/i.test(stamp) ? stamp : `${stamp}Z`) / 1000);
  if (!(version >= 1 && version <= MAX_VERSION)) return fail(OTA_ERROR_CODE.INVALID_DATE, `Modification time ${stamp} is out of range`);
  const roomStays = hr.RoomStays?.RoomStay ?? [];
  const hotelCode =
    roomStays.find((s) => s.BasicPropertyInfo)?.BasicPropertyInfo?.HotelCode ?? hr.ResGlobalInfo?.BasicPropertyInfo?.HotelCode;
  if (!hotelCode)
    return fail(OTA_ERROR_CODE.REQUIRED_FIELD_MISSING, 'BasicPropertyInfo/@HotelCode is required', OTA_ERROR_TYPE.REQUIRED_FIELD_MISSING);
  if (roomStays.some((s) => s.BasicPropertyInfo && s.BasicPropertyInfo.HotelCode !== hotelCode)) {
    return fail(OTA_ERROR_CODE.INVALID_HOTEL_CODE, 'All room stays of a reservation must be at one hotel');
  }
  if (!roomStays.length && msg.ResStatus !== 'Cancel') {
    return fail(OTA_ERROR_CODE.REQUIRED_FIELD_MISSING, 'RoomStays are required to book or modify', OTA_ERROR_TYPE.REQUIRED_FIELD_MISSING);
  }
  const stays: StayCommand[] = [];
  const seen = new Set<string>();
  for (const [i, stay] of roomStays.entries()) {
    const mapped = mapRoomStay(msg, hr, stay, i);
    if ('code' in mapped && 'type' in mapped) return { ...mapped, recordId: uniqueId };
    if (seen.has(mapped.channelReservationId))
      return fail(OTA_ERROR_CODE.INVALID_VALUE, `RoomStay IndexNumber ${stay.IndexNumber} appears twice`);
    seen.add(mapped.channelReservationId);
    stays.push(mapped);
  }
  return { uniqueId, hotelCode, version, action: msg.ResStatus, stays };
}

function mapRoomStay(msg: ResNotif, hr: HotelReservation, stay: RoomStay, position: number): StayCommand | OtaError {
  const cancelling = msg.ResStatus === 'Cancel';
  const { Start: arrival, End: departure } = stay.TimeSpan;
  if (departure <= arrival)
    return {
      type: OTA_ERROR_TYPE.BIZ_RULE,
      code: OTA_ERROR_CODE.INVALID_DATE_RANGE,
      text: `TimeSpan End ${departure} must be after Start ${arrival}`,
    };
  let adults = 0;
  let children = 0;
  for (const c of stay.GuestCounts?.GuestCount ?? [{ AgeQualifyingCode: '10', Count: '1' }]) {
    if (c.AgeQualifyingCode === undefined || c.AgeQualifyingCode === '10') adults += Number(c.Count);
    else children += Number(c.Count);
  }
  if (adults < 1 || adults > 20)
    return {
      type: OTA_ERROR_TYPE.BIZ_RULE,
      code: OTA_ERROR_CODE.INVALID_VALUE,
      text: `Adults must be 1–20 per room stay (found ${adults})`,
    };
  const guest = guestOf(hr, stay);
  if (!guest.name && !cancelling) {
    return {
      type: OTA_ERROR_TYPE.REQUIRED_FIELD_MISSING,
      code: OTA_ERROR_CODE.REQUIRED_FIELD_MISSING,
      text: 'ResGuests/…/PersonName/Surname is required',
    };
  }
  if (guest.email && (guest.email.length > MAX_NAME || !EMAIL.test(guest.email)))
    return { type: OTA_ERROR_TYPE.BIZ_RULE, code: OTA_ERROR_CODE.INVALID_VALUE, text: `Email ${guest.email} is not an address` };
  const notes = [
    ...commentLines(hr.ResGlobalInfo?.Comments?.Comment),
    ...commentLines(stay.Comments?.Comment),
    ...commentLines(stay.SpecialRequests?.SpecialRequest),
    ...(children ? [`Children: ${children}`] : []),
    ...guaranteeLines(stay.Guarantee ?? hr.ResGlobalInfo?.Guarantee),
  ];
  return {
    channelReservationId: `${hr.UniqueID.ID}/${stay.IndexNumber ?? position + 1}`,
    roomTypeCode: stay.RoomTypes.RoomType[0].RoomTypeCode,
    ratePlanCode: stay.RatePlans?.RatePlan[0].RatePlanCode,
    arrival,
    departure,
    guestName: (guest.name || hr.UniqueID.ID).slice(0, MAX_NAME),
    guestEmail: guest.email,
    adults,
    specialRequests: notes.length ? clip(notes.join('\n'), MAX_TEXT) : undefined,
  };
}

/** The stay's guest: the ResGuest its first ResGuestRPH names, else the reservation's first. */
function guestOf(hr: HotelReservation, stay: RoomStay): { name?: string; email?: string } {
  const guests = hr.ResGuests?.ResGuest ?? [];
  const rph = stay.ResGuestRPHs?.ResGuestRPH[0]?.RPH;
  const guest = (rph && guests.find((g) => g.ResGuestRPH === rph)) || guests[0];
  const customer = guest?.Profiles?.ProfileInfo.find((p) => p.Profile.Customer)?.Profile.Customer;
  if (!customer) return {};
  const person = customer.PersonName;
  const name = [...(person.GivenName ?? []), person.Surname].join(' ').replace(/\s+/g, ' ').trim();
  const email = customer.Email?.map(textOf).find(Boolean);
  return { name, email: email?.trim() };
}

const textOf = (t: unknown): string =>
  typeof t === 'string' ? t : typeof t === 'object' && t ? String((t as { _text?: string })._text ?? '') : '';

function commentLines(items: unknown[] | undefined): string[] {
  return (items ?? [])
    .map((c) => (typeof c === 'string' ? c : textOf((c as { Text?: unknown }).Text) || textOf(c)))
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A guarantee as the front desk reads it: type, card brand, last four digits and expiry — never the card number. */
export function guaranteeLines(g: Guarantee | undefined): string[] {
  if (!g) return [];
  const card = g.GuaranteesAccepted?.GuaranteeAccepted.find((a) => a.PaymentCard)?.PaymentCard;
  const parts = [`Guarantee: ${g.GuaranteeType ?? g.GuaranteeCode ?? (card ? 'CC/DC/Voucher' : 'unspecified')}`];
  if (card) {
    const number =
      typeof card.CardNumber === 'string' ? card.CardNumber : textOf((card.CardNumber as { PlainText?: unknown } | undefined)?.PlainText);
    const last4 = number.replace(/\D/g, '').slice(-4);
    if (card.CardCode) parts.push(card.CardCode);
    if (last4.length === 4) parts.push(`ending ${last4}`);
    if (card.ExpireDate) parts.push(`expires ${card.ExpireDate.slice(0, 2)}/${card.ExpireDate.slice(2)}`);
  }
  return [parts.join(' ')];
}

const clip = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);
