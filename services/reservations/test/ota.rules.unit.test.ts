import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { availStatusMessages } from '../src/ota/ari-notif.rules';
import { OtaReadError, readOtaMessage } from '../src/ota/ota-xml';
import { channelOf, guaranteeLines, mapHotelReservation, type ReservationCommand } from '../src/ota/res-notif.rules';
import { RES_NOTIF_REPEATABLE, resNotifSchema } from '../src/ota/res-notif.schema';

const sample = (name: string) => readFileSync(join(__dirname, 'ota-samples', name), 'utf8');
const parse = (xml: string) => resNotifSchema.parse(readOtaMessage(xml, 'OTA_HotelResNotifRQ', RES_NOTIF_REPEATABLE));

describe('OTA_HotelResNotifRQ mapping', () => {
  it('maps each room stay to one partner upsert at the version of the last modification', () => {
    const msg = parse(sample('commit-two-rooms.xml'));
    expect(channelOf(msg)).toBe('SITECHANNEL');
    const command = mapHotelReservation(msg, msg.HotelReservations.HotelReservation[0]) as ReservationCommand;
    expect(command).toMatchObject({
      uniqueId: 'BDC-4711',
      hotelCode: 'LAKE',
      action: 'Commit',
      version: Date.parse('2027-03-01T07:59:00Z') / 1000,
    });
    expect(command.stays.map((s) => [s.channelReservationId, s.roomTypeCode, s.ratePlanCode, s.adults, s.guestName, s.guestEmail])).toEqual(
      [
        ['BDC-4711/1', 'DBL', 'BAR', 2, 'Jing Chen', 'jing.chen@example.com'],
        ['BDC-4711/2', 'DBL', 'BAR', 1, 'Wei Zhang', undefined],
      ],
    );
  });

  it('reads prefixed and default namespaces alike, and refuses OTA names under another namespace', () => {
    expect(parse(sample('modify-one-room.xml')).ResStatus).toBe('Modify');
    const foreign = sample('commit-two-rooms.xml').replace('<RoomStays>', '<RoomStays xmlns="urn:example:other">');
    const msg = parse(foreign);
    expect(msg.HotelReservations.HotelReservation[0].RoomStays).toBeUndefined();
    expect(mapHotelReservation(msg, msg.HotelReservations.HotelReservation[0])).toMatchObject({ code: '321' });
    expect(() => readOtaMessage('<a:X xmlns:b="urn:b"/>', 'X', RES_NOTIF_REPEATABLE)).toThrow(OtaReadError);
    expect(() => readOtaMessage('<!DOCTYPE x [<!ENTITY a "b">]><X/>', 'X', RES_NOTIF_REPEATABLE)).toThrow(/Document type/);
  });

  it('reads a modification time without an offset as UTC', () => {
    const msg = parse(sample('commit-two-rooms.xml').replace(/LastModifyDateTime="[^"]+"/, 'LastModifyDateTime="2027-03-01T08:00:00"'));
    expect(mapHotelReservation(msg, msg.HotelReservations.HotelReservation[0])).toMatchObject({
      version: Date.parse('2027-03-01T08:00:00Z') / 1000,
    });
  });

  it('refuses an empty stay, more than 20 adults and an over-long email', () => {
    const msg = parse(sample('commit-two-rooms.xml').replace('End="2099-07-03"', 'End="2099-07-01"'));
    expect(mapHotelReservation(msg, msg.HotelReservations.HotelReservation[0])).toMatchObject({ code: '404', recordId: 'BDC-4711' });
    const crowd = parse(sample('commit-two-rooms.xml').replace('Count="2"', 'Count="21"'));
    expect(mapHotelReservation(crowd, crowd.HotelReservations.HotelReservation[0])).toMatchObject({ code: '320' });
    const long = parse(sample('commit-two-rooms.xml').replace('jing.chen@example.com', `${'j'.repeat(200)}@example.com`));
    expect(mapHotelReservation(long, long.HotelReservations.HotelReservation[0])).toMatchObject({ code: '320' });
  });

  it('keeps only the card brand, last four digits and expiry of a guarantee', () => {
    expect(
      guaranteeLines({
        GuaranteeType: 'GuaranteeRequired',
        GuaranteesAccepted: {
          GuaranteeAccepted: [{ PaymentCard: { CardCode: 'MC', CardNumber: '5555 4444 3333 1111', ExpireDate: '0128' } }],
        },
      }),
    ).toEqual(['Guarantee: GuaranteeRequired MC ending 1111 expires 01/28']);
  });
});

describe('ARI deltas as AvailStatusMessages', () => {
  it('groups equal nights into one booking limit and turns exclusive ends into inclusive ones', () => {
    const messages = availStatusMessages([
      {
        kind: 'availability',
        roomTypeCode: 'DBL',
        nights: [
          { date: '2099-07-02', available: 2 },
          { date: '2099-07-01', available: 2 },
          { date: '2099-07-03', available: 3 },
        ],
      },
      {
        kind: 'rates',
        roomTypeCode: 'DBL',
        ratePlanCode: 'BAR',
        from: '2099-07-01',
        to: '2099-08-01',
        minLos: 2,
        maxLos: null,
        closedToArrival: false,
        closedToDeparture: true,
      },
    ]);
    expect(messages).toEqual([
      {
        '@BookingLimit': '2',
        '@BookingLimitMessageType': 'SetLimit',
        StatusApplicationControl: { '@Start': '2099-07-01', '@End': '2099-07-02', '@InvTypeCode': 'DBL' },
      },
      {
        '@BookingLimit': '3',
        '@BookingLimitMessageType': 'SetLimit',
        StatusApplicationControl: { '@Start': '2099-07-03', '@End': '2099-07-03', '@InvTypeCode': 'DBL' },
      },
      expect.objectContaining({
        LengthsOfStay: { LengthOfStay: [{ '@MinMaxMessageType': 'SetMinLOS', '@Time': '2', '@TimeUnit': 'Day' }] },
        RestrictionStatus: { '@Status': 'Open' },
      }),
      expect.objectContaining({ RestrictionStatus: { '@Status': 'Open', '@Restriction': 'Arrival' } }),
      {
        StatusApplicationControl: { '@Start': '2099-07-01', '@End': '2099-07-31', '@InvTypeCode': 'DBL', '@RatePlanCode': 'BAR' },
        RestrictionStatus: { '@Status': 'Close', '@Restriction': 'Departure' },
      },
    ]);
  });
});
