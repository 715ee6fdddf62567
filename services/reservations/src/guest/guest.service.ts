import { randomUUID } from 'node:crypto';
import { type EntityManager } from 'typeorm';
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
import { assertPropertyExists } from '../property/property.service';
import { GuestEntity } from './guest.entity';
import { becomesRegular, erasedProfile } from './guest.rules';
import type { CreateGuestInput, UpdateGuestInput } from './guest.type';

/** What a profile needs of the guest's stays (the reservation module keeps them). */
export interface GuestStays {
  /** Removes the guest's personal data from their stays; returns the stays' ids. */
  erasePersonalData(em: EntityManager, guestId: string): Promise<string[]>;
  /** Stays the guest has checked out of. */
  completedStays(em: EntityManager, guestId: string): Promise<number>;
}

export const GUEST = { entity: GuestEntity, notFound: 'GUEST.NOT_FOUND', noun: 'Guest' } as const;

export class GuestService {
  private readonly stays: GuestStays;
  constructor(
    private readonly deps: ServiceDeps,
    { stays }: { stays: GuestStays },
  ) {
    this.stays = stays;
  }

  async create(input: CreateGuestInput, caller: Caller): Promise<GuestEntity> {
    caller.assertProperty(input.propertyId);
    return this.deps.db.transaction(async (em) => {
      await assertPropertyExists(em, input.propertyId);
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
      const reservationIds = await this.stays.erasePersonalData(em, g.id);
      await this.deps.outbox.add(
        em,
        GuestErased,
        { guestId: g.id, propertyId: g.propertyId, reservationIds, erasedAt: g.erasedAt!.toISOString() },
        { subject: g.id, propertyId: g.propertyId },
        meta,
      );
      return g;
    });
  }

  /** Flags the guest a regular once enough stays are completed (called at check-out, before its status is saved). */
  async afterStay(em: EntityManager, guestId: string): Promise<void> {
    const completed = (await this.stays.completedStays(em, guestId)) + 1;
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
    return this.deps.db.rows(GuestEntity).byIds(ids);
  }
}
