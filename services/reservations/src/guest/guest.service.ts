import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { GuestErased } from '@hotelops/contracts';
import {
  DomainError,
  lockForChange,
  notFound,
  paginate,
  type Caller,
  type EventMeta,
  type PageArgs,
  type ServiceDeps,
} from '@hotelops/kernel';
import { PropertyEntity } from '../property/property.entity';
import { ReservationEntity } from '../reservation/reservation.entity';
import { STAYED } from '../reservation/reservation.rules';
import { GuestEntity } from './guest.entity';
import { becomesRegular, erasedProfile, ERASED_NAME } from './guest.rules';
import type { CreateGuestInput, UpdateGuestInput } from './guest.type';

export interface GuestStatsRow {
  guestId: string;
  stays: number;
  nights: number;
  revenueMinor: number;
}

export const GUEST = { entity: GuestEntity, notFound: 'GUEST.NOT_FOUND', noun: 'Guest' } as const;

export class GuestService {
  constructor(private readonly deps: ServiceDeps) {}

  async create(input: CreateGuestInput, caller: Caller): Promise<GuestEntity> {
    caller.assertProperty(input.propertyId);
    return this.deps.db.transaction(async (em) => {
      if (!(await em.existsBy(PropertyEntity, { id: input.propertyId })))
        throw notFound('PROPERTY.NOT_FOUND', 'Property', input.propertyId);
      const now = this.deps.clock.now();
      return em.save(
        em.create(GuestEntity, {
          id: randomUUID(),
          ...input,
          email: input.email ?? null,
          phone: input.phone ?? null,
          documentNumber: input.documentNumber ?? null,
          notes: input.notes ?? null,
          erasedAt: null,
          createdAt: now,
          updatedAt: now,
        }),
      );
    });
  }

  async update(id: string, input: UpdateGuestInput, caller: Caller): Promise<GuestEntity> {
    return this.deps.db.transaction(async (em) => {
      const g = await lockForChange(em, this.deps.db, GUEST, id, caller);
      if (g.erasedAt) throw new DomainError('GUEST.ERASED', `Guest ${id} was erased on request; create a new profile instead`, { id });
      for (const [k, v] of Object.entries(input)) if (v !== undefined) Object.assign(g, { [k]: v });
      g.updatedAt = this.deps.clock.now();
      return em.save(g);
    });
  }

  /**
   * Erasure on request: the profile and the guest's stays lose every personal field; VIP level,
   * stays, nights and revenue remain for statistics. Other domains follow the event.
   */
  async erase(id: string, caller: Caller, meta: EventMeta): Promise<GuestEntity> {
    return this.deps.db.transaction(async (em) => {
      const g = await lockForChange(em, this.deps.db, GUEST, id, caller);
      if (g.erasedAt) return g;
      Object.assign(g, erasedProfile(), { erasedAt: this.deps.clock.now(), updatedAt: this.deps.clock.now() });
      await em.save(g);
      const stays = await em.find(ReservationEntity, { select: { id: true }, where: { guestId: g.id } });
      await em.update(ReservationEntity, { guestId: g.id }, { guestName: ERASED_NAME, guestEmail: null, specialRequests: null });
      await this.deps.outbox.add(
        em,
        GuestErased,
        { guestId: g.id, propertyId: g.propertyId, reservationIds: stays.map((s) => s.id), erasedAt: g.erasedAt!.toISOString() },
        { subject: g.id, propertyId: g.propertyId },
        meta,
      );
      return g;
    });
  }

  /** Flags the guest a regular once enough stays are completed (called at check-out, before its status is saved). */
  async afterStay(em: EntityManager, guestId: string): Promise<void> {
    const completed = (await em.countBy(ReservationEntity, { guestId, status: 'CHECKED_OUT' })) + 1;
    if (becomesRegular(completed)) await em.update(GuestEntity, { id: guestId, regular: false }, { regular: true });
  }

  /** The guest a booking names, checked to belong to the property and not erased. */
  async forBooking(em: EntityManager, guestId: string, propertyId: string): Promise<GuestEntity> {
    const g = await em.findOneBy(GuestEntity, { id: guestId });
    if (!g || g.propertyId !== propertyId) throw notFound('GUEST.NOT_FOUND', 'Guest of this property', guestId);
    if (g.erasedAt) throw new DomainError('GUEST.ERASED', `Guest ${guestId} was erased on request`, { id: guestId });
    return g;
  }

  async get(id: string, caller: Caller): Promise<GuestEntity> {
    const g = await this.deps.db.manager.findOneBy(GuestEntity, { id });
    if (!g) throw notFound('GUEST.NOT_FOUND', 'Guest', id);
    caller.assertProperty(g.propertyId);
    return g;
  }

  list(propertyId: string, caller: Caller, page: PageArgs, filter: { name?: string; vip?: boolean }) {
    caller.assertProperty(propertyId);
    const qb = this.deps.db.manager.createQueryBuilder(GuestEntity, 'g').where('g.propertyId = :propertyId', { propertyId });
    if (filter.name) qb.andWhere('LOWER(g.name) LIKE :name', { name: `%${filter.name.toLowerCase()}%` });
    if (filter.vip) qb.andWhere('g.vipLevel > 0');
    return paginate(qb, page);
  }

  byIds(ids: readonly string[]) {
    return this.deps.db.manager.findBy(GuestEntity, { id: In([...ids]) });
  }

  staysOf(guestIds: readonly string[]) {
    return this.deps.db.manager.find(ReservationEntity, { where: { guestId: In([...guestIds]) }, order: { arrival: 'DESC' } });
  }

  /** Stays, nights and room revenue of completed or current stays, per guest, in one query. */
  async statsOf(guestIds: readonly string[]): Promise<GuestStatsRow[]> {
    const rows = await this.deps.db.manager
      .createQueryBuilder()
      .select('r.guest_id', 'guestId')
      .addSelect('COUNT(DISTINCT r.id)', 'stays')
      .addSelect('COUNT(n.stay_date)', 'nights')
      .addSelect('COALESCE(SUM(n.price_minor), 0)', 'revenue')
      .from('reservations', 'r')
      .innerJoin('reservation_nights', 'n', 'n.reservation_id = r.id')
      .where('r.guest_id IN (:...ids)', { ids: guestIds })
      .andWhere('r.status IN (:...stayed)', { stayed: STAYED })
      .groupBy('r.guest_id')
      .getRawMany<{ guestId: string; stays: string | number; nights: string | number; revenue: string | number }>();
    return guestIds.map((id) => {
      const r = rows.find((x) => x.guestId === id);
      return { guestId: id, stays: Number(r?.stays ?? 0), nights: Number(r?.nights ?? 0), revenueMinor: Number(r?.revenue ?? 0) };
    });
  }
}
