import { Caller, SYSTEM, type ServiceDeps } from '@hotelops/kernel';
import { composeReservations, type ReservationsServices } from '../composition';
import { addDays, localDate } from '../calendar/calendar.rules';
import { PropertyEntity } from '../property/property.entity';
import type { BookingChannel } from '../reservation/reservation.rules';
import { ReservationEntity } from '../reservation/reservation.entity';

export interface ReservationsDemo {
  propertyId: string;
  currency: string;
  timeZone: string;
  reservationIds: string[];
  inHouseReservationIds: string[];
}

const DEMO_CODE = 'DEMO';
const ROOM_TYPES = [
  { code: 'STT', name: 'Superior Twin 高级双床房', capacity: 2, baseRateMinor: 58_000, floors: [2, 3, 4], perFloor: 10 },
  { code: 'DLK', name: 'Deluxe King 豪华大床房', capacity: 2, baseRateMinor: 68_000, floors: [5, 6, 7], perFloor: 10 },
  { code: 'EXK', name: 'Executive King 行政大床房', capacity: 2, baseRateMinor: 98_000, floors: [8, 9], perFloor: 10 },
  { code: 'FAM', name: 'Family Room 家庭房', capacity: 4, baseRateMinor: 88_000, floors: [10], perFloor: 10 },
  { code: 'STE', name: 'Lake View Suite 湖景套房', capacity: 3, baseRateMinor: 188_000, floors: [11], perFloor: 10 },
];
const GUESTS = [
  '张伟',
  '王芳',
  '李娜',
  '刘洋',
  'Emma Schmidt',
  '陈静',
  '杨磊',
  'John Carter',
  '赵敏',
  '黄晓明',
  '周杰',
  'Aiko Tanaka',
  '吴婷',
  '徐强',
  '孙丽',
  '马超',
  '朱琳',
  'Oliver Brown',
  '胡军',
  '郭晶',
];
const CHANNELS: BookingChannel[] = ['PHONE', 'ONLINE', 'CHANNEL', 'EMAIL', 'WALK_IN'];
const DAY = 86_400_000;

const system = new Caller(SYSTEM);
const meta = { correlationId: 'demo-seed' };

/**
 * The demo hotel of embedded mode: a lakeside property with 100 rooms in five types, guests in
 * house (checked in two days ago), arrivals today and bookings ahead. Runs once: later starts
 * return what exists.
 */
export async function seedDemo(deps: ServiceDeps): Promise<ReservationsDemo> {
  const existing = await deps.db.manager.findOneBy(PropertyEntity, { code: DEMO_CODE });
  if (existing) return existingDemo(deps, existing);
  const services = composeReservations(deps);
  const property = await services.properties.create({
    code: DEMO_CODE,
    name: 'HotelOps Lakeside Hotel 湖畔酒店',
    timeZone: 'Asia/Shanghai',
    currency: 'CNY',
    noShowCutoff: '22:00',
  });
  const typeIds = await seedRooms(services, property.id);
  // Stay dates are the hotel's local dates: in UTC, Shanghai's evening would already be tomorrow.
  const today = localDate(deps.clock.now(), property.timeZone);
  await seedRates(services, property.id, typeIds, addDays(today, -2));
  const stays = await seedStays(deps, typeIds, today);
  return { propertyId: property.id, currency: property.currency, timeZone: property.timeZone, ...stays };
}

async function existingDemo(deps: ServiceDeps, property: PropertyEntity): Promise<ReservationsDemo> {
  const all = await deps.db.manager.find(ReservationEntity, { where: { propertyId: property.id }, order: { createdAt: 'ASC' } });
  return {
    propertyId: property.id,
    currency: property.currency,
    timeZone: property.timeZone,
    reservationIds: all.map((r) => r.id),
    inHouseReservationIds: all.filter((r) => r.status === 'CHECKED_IN').map((r) => r.id),
  };
}

/** The five room types and their rooms; returns the types' ids. */
async function seedRooms({ rooms }: ReservationsServices, propertyId: string): Promise<string[]> {
  const typeIds: string[] = [];
  for (const t of ROOM_TYPES) {
    const type = await rooms.createRoomType(
      { propertyId, code: t.code, name: t.name, capacity: t.capacity, baseRateMinor: t.baseRateMinor },
      system,
    );
    typeIds.push(type.id);
    for (const floor of t.floors) {
      for (let n = 1; n <= t.perFloor; n++) {
        // Odd numbers face the lake.
        const features = n % 2 === 1 ? ['lake view 湖景'] : ['garden view 园景'];
        await rooms.createRoom({ roomTypeId: type.id, number: `${floor}${String(n).padStart(2, '0')}`, floor, features }, system);
      }
    }
  }
  return typeIds;
}

/** A public rate for the coming year at the rack rate, so the availability search has offers. */
async function seedRates({ ratePlans }: ReservationsServices, propertyId: string, typeIds: string[], firstNight: string): Promise<void> {
  const bar = await ratePlans.create(
    {
      propertyId,
      code: 'BAR',
      name: 'Best available rate 最优价',
      cancelFreeDaysBefore: 1,
      cancelFeeKind: 'NIGHTS',
      cancelFeeValue: 1,
      noShowFeeKind: 'NIGHTS',
      noShowFeeValue: 1,
      guarantee: 'NONE',
      depositPercent: 0,
    },
    system,
  );
  for (const [i, t] of ROOM_TYPES.entries()) {
    await ratePlans.setRates(
      {
        ratePlanId: bar.id,
        roomTypeId: typeIds[i],
        from: firstNight,
        to: addDays(firstNight, 367),
        priceMinor: t.baseRateMinor,
        closedToArrival: false,
        closedToDeparture: false,
      },
      system,
    );
  }
}

/** Thirty stays: twelve in house, six arriving today, the rest ahead. */
async function seedStays(
  deps: ServiceDeps,
  typeIds: string[],
  today: string,
): Promise<Pick<ReservationsDemo, 'reservationIds' | 'inHouseReservationIds'>> {
  // Guests in house arrived two days ago: book them with the clock of that day.
  const now = deps.clock.now().getTime();
  const twoDaysAgo = composeReservations({ ...deps, clock: { now: () => new Date(now - 2 * DAY) } });
  const onToday = composeReservations(deps);
  const reservationIds: string[] = [];
  const inHouseReservationIds: string[] = [];
  for (let i = 0; i < 30; i++) {
    const kind = i < 12 ? 'in-house' : i < 18 ? 'arriving' : 'future';
    const arrival = addDays(today, kind === 'in-house' ? -2 : kind === 'arriving' ? 0 : 3 + (i % 20));
    const departure = addDays(arrival, 1 + (i % 4) + (kind === 'in-house' ? 2 : 0));
    const r = await (kind === 'in-house' ? twoDaysAgo : onToday).booking.book(
      {
        roomTypeId: typeIds[i % 4],
        arrival,
        departure,
        guestName: GUESTS[i % GUESTS.length],
        guestEmail: `guest${i + 1}@example.com`,
        adults: 1 + (i % 2),
        channel: CHANNELS[i % CHANNELS.length],
        specialRequests: i % 5 === 0 ? 'High floor, away from the lift 高楼层远离电梯' : undefined,
        confirmed: i % 7 !== 6,
      },
      system,
      meta,
    );
    reservationIds.push(r.id);
    if (kind === 'in-house' && r.status === 'CONFIRMED') {
      await twoDaysAgo.frontDesk.checkIn(r.id, undefined, system, meta);
      inHouseReservationIds.push(r.id);
    }
  }
  return { reservationIds, inHouseReservationIds };
}
