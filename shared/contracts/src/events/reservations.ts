import { z } from 'zod';
import { defineEvent, isoDate, isoDateTime, money, uuid } from './define-event';

/*
 * What every stay event carries. Additive fields are optional in v1 so messages already on the
 * topics stay valid; producers always send them. Names travel only where a consumer needs them
 * (the check-out: care greets the guest in the survey); everything else matches guests by id.
 */
const stay = {
  reservationId: uuid,
  propertyId: uuid,
  confirmationNumber: z.string(),
  roomTypeId: uuid,
  arrival: isoDate,
  departure: isoDate,
  /** the guest's profile, when the stay has one */
  guestId: uuid.nullable().optional(),
  /** currency of the stay's folio */
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  /** only on the check-out (no longer sent elsewhere) */
  guestName: z.string().optional(),
};

export const ReservationCreated = defineEvent(
  'hotelops.reservations.reservation.created.v1',
  z.object({
    ...stay,
    status: z.string(),
    channel: z.string(),
    /** the property's IANA time zone (optional in v1, always sent): inventory dates its days by it */
    timeZone: z.string().max(64).optional(),
  }),
);
export const ReservationCancelled = defineEvent(
  'hotelops.reservations.reservation.cancelled.v1',
  z.object({ ...stay, cancelledAt: isoDateTime, reason: z.string().max(500).nullable(), fee: money.optional() }),
);
export const ReservationCheckedIn = defineEvent(
  'hotelops.reservations.reservation.checked-in.v1',
  z.object({ ...stay, roomId: uuid, roomNumber: z.string(), checkedInAt: isoDateTime }),
);
export const ReservationCheckedOut = defineEvent(
  'hotelops.reservations.reservation.checked-out.v1',
  z.object({
    ...stay,
    guestName: z.string(),
    roomId: uuid,
    roomNumber: z.string(),
    checkedOutAt: isoDateTime,
    folioTotal: money,
  }),
);
export const ReservationModified = defineEvent(
  'hotelops.reservations.reservation.modified.v1',
  z.object({
    ...stay,
    status: z.string(),
    previous: z.object({ roomTypeId: uuid, arrival: isoDate, departure: isoDate }),
    total: money,
  }),
);
export const ReservationNoShow = defineEvent(
  'hotelops.reservations.reservation.marked-no-show.v1',
  z.object({ ...stay, markedAt: isoDateTime, fee: money }),
);
export const RoomStatusChanged = defineEvent(
  'hotelops.reservations.room.status-changed.v1',
  z.object({
    roomId: uuid,
    propertyId: uuid,
    roomNumber: z.string(),
    housekeepingStatus: z.string(),
    occupied: z.boolean(),
    previousHousekeepingStatus: z.string(),
    reason: z.string().nullable(),
  }),
);
export const GuestErased = defineEvent(
  'hotelops.reservations.guest.erased.v1',
  z.object({ guestId: uuid, propertyId: uuid, reservationIds: z.array(uuid), erasedAt: isoDateTime }),
);
/** ARI delta: the sellable rooms of a type after a change, per night of [from, to) — absolute values, keyed by room type. */
export const AvailabilityChanged = defineEvent(
  'hotelops.reservations.availability.changed.v1',
  z.object({
    propertyId: uuid,
    roomTypeId: uuid,
    from: isoDate,
    to: isoDate,
    nights: z.array(z.object({ date: isoDate, roomsInService: z.number().int(), sold: z.number().int(), available: z.number().int() })),
  }),
);
/** ARI delta for rates: a plan's price and restrictions for a room type on every night of [from, to). */
export const RatesChanged = defineEvent(
  'hotelops.reservations.rates.changed.v1',
  z.object({
    propertyId: uuid,
    ratePlanId: uuid,
    ratePlanCode: z.string(),
    roomTypeId: uuid,
    from: isoDate,
    to: isoDate,
    price: money,
    minLos: z.number().int().nullable(),
    maxLos: z.number().int().nullable(),
    closedToArrival: z.boolean(),
    closedToDeparture: z.boolean(),
  }),
);

/** A stay moved to another room while in house (F&B's in-house projection follows it). */
export const ReservationRoomMoved = defineEvent(
  'hotelops.reservations.reservation.room-moved.v1',
  z.object({ ...stay, fromRoomId: uuid, roomId: uuid, roomNumber: z.string(), movedAt: isoDateTime }),
);

/** Which other domain's record a folio posting came from (its sourceRef), so the answer reaches it. */
const postingSource = {
  propertyId: uuid,
  reservationId: uuid.nullable(),
  /** e.g. fnb-order:<id>, care-compensation:<id>, fnb-banquet:<id> */
  sourceRef: z.string().max(100),
  amount: money,
};

/** A posting another domain asked for landed on a folio (once): the sender marks its record posted. */
export const FolioPosted = defineEvent(
  'hotelops.reservations.folio.posted.v1',
  z.object({
    ...postingSource,
    /** the stay's folio, or null when it went to a group block's account (banquets) */
    folioId: uuid.nullable(),
    groupBlockId: uuid.nullable(),
    /** the folio line or account posting written */
    lineId: uuid,
    kind: z.string().max(30),
    /** true when it landed on a closed folio as a post-stay adjustment (the guest is owed a refund) */
    postStay: z.boolean(),
    postedAt: isoDateTime,
  }),
);

/**
 * A posting another domain asked for cannot be applied for a business reason (closed folio with
 * no post-stay account, other currency, other property, unknown stay): the sender learns why and
 * reopens its side (F&B: an open balance to settle; care: POSTING_FAILED on the compensation).
 */
export const FolioPostingRejected = defineEvent(
  'hotelops.reservations.folio.posting-rejected.v1',
  z.object({ ...postingSource, code: z.string().max(64), reason: z.string().max(500), rejectedAt: isoDateTime }),
);

/**
 * Night audit of a business date: rooms arriving, staying over and departing per room type.
 * Housekeeping amenity and linen consumption (inventory) and labour demand (staffing) are driven by it.
 */
export const NightAudited = defineEvent(
  'hotelops.reservations.property.night-audited.v1',
  z.object({
    propertyId: uuid,
    businessDate: isoDate,
    roomTypes: z.array(
      z.object({
        roomTypeId: uuid,
        arrivals: z.number().int().nonnegative(),
        stayovers: z.number().int().nonnegative(),
        departures: z.number().int().nonnegative(),
      }),
    ),
    auditedAt: isoDateTime,
  }),
);
