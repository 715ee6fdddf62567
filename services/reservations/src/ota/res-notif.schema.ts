import { z } from 'zod';

/*
 * The adapter's own schema of OTA_HotelResNotifRQ: the part of the OpenTravel message
 * (2010A–2015B element and attribute names) this adapter reads. Elements it does not use
 * (RoomRates, Total, Services, TPA_Extensions …) are allowed and ignored; what it uses is checked.
 */

/** Elements that may repeat, read as lists whatever their count. */
export const RES_NOTIF_REPEATABLE: ReadonlySet<string> = new Set([
  'HotelReservation',
  'RoomStay',
  'RoomType',
  'RatePlan',
  'GuestCount',
  'Comment',
  'SpecialRequest',
  'ResGuest',
  'ResGuestRPH',
  'ProfileInfo',
  'GivenName',
  'Email',
  'GuaranteeAccepted',
  'HotelReservationID',
  'Source',
]);

const code = z.string().trim().min(1).max(20);
const date = z.iso.date();
/** OTA dateTime: with an offset, or without one (read as UTC), as channel managers send both. */
const dateTime = z.iso.datetime({ offset: true, local: true });
const text = z.union([z.string(), z.looseObject({ _text: z.string().optional() })]);

const paymentCard = z.looseObject({
  CardCode: z.string().max(2).optional(),
  CardType: z.string().max(10).optional(),
  CardNumber: z.union([z.string(), z.looseObject({})]).optional(),
  ExpireDate: z
    .string()
    .regex(/^\d{4}$/, 'ExpireDate must be MMYY')
    .optional(),
  CardHolderName: z.string().max(200).optional(),
});

export const guaranteeSchema = z.looseObject({
  GuaranteeType: z.string().max(40).optional(),
  GuaranteeCode: z.string().max(40).optional(),
  GuaranteesAccepted: z
    .looseObject({ GuaranteeAccepted: z.array(z.looseObject({ PaymentCard: paymentCard.optional() })).max(5) })
    .optional(),
});

const comments = z.looseObject({ Comment: z.array(z.union([z.string(), z.looseObject({ Text: text.optional() })])).max(20) });
const specialRequests = z.looseObject({
  SpecialRequest: z.array(z.union([z.string(), z.looseObject({ Text: text.optional(), Name: z.string().optional() })])).max(20),
});
const basicPropertyInfo = z.looseObject({ HotelCode: code });

export const roomStaySchema = z.looseObject({
  IndexNumber: z
    .string()
    .regex(/^\d{1,3}$/, 'IndexNumber must be a number')
    .optional(),
  RoomTypes: z.looseObject({ RoomType: z.array(z.looseObject({ RoomTypeCode: code })).length(1, 'one RoomType per RoomStay') }),
  RatePlans: z.looseObject({ RatePlan: z.array(z.looseObject({ RatePlanCode: code })).length(1, 'one RatePlan per RoomStay') }).optional(),
  GuestCounts: z
    .looseObject({
      GuestCount: z
        .array(
          z.looseObject({ AgeQualifyingCode: z.string().max(3).optional(), Count: z.string().regex(/^\d{1,2}$/, 'Count must be 0–99') }),
        )
        .min(1)
        .max(10),
    })
    .optional(),
  TimeSpan: z.looseObject({ Start: date, End: date }),
  Guarantee: guaranteeSchema.optional(),
  Comments: comments.optional(),
  SpecialRequests: specialRequests.optional(),
  ResGuestRPHs: z.looseObject({ ResGuestRPH: z.array(z.looseObject({ RPH: z.string().max(8) })).max(20) }).optional(),
  BasicPropertyInfo: basicPropertyInfo.optional(),
});

const customer = z.looseObject({
  PersonName: z.looseObject({
    NamePrefix: z.string().max(20).optional(),
    GivenName: z.array(z.string().max(100)).max(3).optional(),
    Surname: z.string().min(1).max(100),
  }),
  Email: z.array(text).max(3).optional(),
});

const resGuest = z.looseObject({
  ResGuestRPH: z.string().max(8).optional(),
  Profiles: z
    .looseObject({
      ProfileInfo: z.array(z.looseObject({ Profile: z.looseObject({ Customer: customer.optional() }) })).max(5),
    })
    .optional(),
});

const uniqueId = z.looseObject({ Type: z.string().max(3), ID: z.string().trim().min(1).max(80) });

export const hotelReservationSchema = z.looseObject({
  CreateDateTime: dateTime.optional(),
  LastModifyDateTime: dateTime.optional(),
  UniqueID: uniqueId,
  RoomStays: z.looseObject({ RoomStay: z.array(roomStaySchema).min(1).max(10) }).optional(),
  ResGuests: z.looseObject({ ResGuest: z.array(resGuest).max(20) }).optional(),
  ResGlobalInfo: z
    .looseObject({
      Comments: comments.optional(),
      Guarantee: guaranteeSchema.optional(),
      BasicPropertyInfo: basicPropertyInfo.optional(),
    })
    .optional(),
});

export const resNotifSchema = z.looseObject({
  EchoToken: z.string().max(128).optional(),
  TimeStamp: dateTime.optional(),
  Version: z.string().max(20).optional(),
  ResStatus: z.enum(['Commit', 'Modify', 'Cancel'], { message: 'ResStatus must be Commit, Modify or Cancel' }),
  POS: z
    .looseObject({
      Source: z
        .array(
          z.looseObject({
            RequestorID: z.looseObject({ ID: z.string().optional() }).optional(),
            BookingChannel: z
              .looseObject({ CompanyName: z.union([z.string(), z.looseObject({ Code: z.string().optional() })]).optional() })
              .optional(),
          }),
        )
        .min(1)
        .max(5),
    })
    .optional(),
  HotelReservations: z.looseObject({ HotelReservation: z.array(hotelReservationSchema).min(1).max(20) }),
});

export type ResNotif = z.infer<typeof resNotifSchema>;
export type HotelReservation = z.infer<typeof hotelReservationSchema>;
export type RoomStay = z.infer<typeof roomStaySchema>;
export type Guarantee = z.infer<typeof guaranteeSchema>;
