import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { DomainError, EntityCache, notFound, type Caller, type ServiceDeps } from '@hotelops/kernel';
import { businessDateAt, isTimeZone } from '../calendar/calendar.rules';
import { OutletEntity, ServicePeriodEntity } from './outlet.entity';
import { hoursProblem } from './outlet.rules';
import type { CreateOutletInput, ServicePeriodInput } from './outlet.type';

export class OutletService {
  constructor(private readonly deps: ServiceDeps) {}

  async create(input: CreateOutletInput, caller: Caller): Promise<OutletEntity> {
    caller.assertProperty(input.propertyId);
    const timeZone = input.timeZone ?? 'UTC';
    if (!isTimeZone(timeZone)) throw new DomainError('INPUT.INVALID', `Unknown time zone ${timeZone}`, { field: 'timeZone' });
    return this.deps.db.transaction((em) =>
      em.save(
        em.create(OutletEntity, {
          id: randomUUID(),
          propertyId: input.propertyId,
          name: input.name.trim(),
          kind: input.kind,
          currency: input.currency,
          timeZone,
          failureBlocksOpening: input.failureBlocksOpening ?? true,
          lastClosedDate: null,
          createdAt: this.deps.clock.now(),
        }),
      ),
    );
  }

  /** Opening hours of one service of an outlet. */
  async addPeriod(input: ServicePeriodInput, caller: Caller): Promise<ServicePeriodEntity> {
    const problem = hoursProblem(input);
    if (problem) throw new DomainError('INPUT.INVALID', problem, { field: 'startsAt' });
    return this.deps.db.transaction(async (em) => {
      const outlet = await this.load(em, input.outletId, caller);
      return em.save(
        em.create(ServicePeriodEntity, {
          id: randomUUID(),
          outletId: outlet.id,
          propertyId: outlet.propertyId,
          name: input.name.trim(),
          startsAt: input.startsAt,
          endsAt: input.endsAt,
        }),
      );
    });
  }

  async get(id: string, caller: Caller): Promise<OutletEntity> {
    return this.load(this.deps.db.manager, id, caller);
  }

  /** The outlet, if the caller may act on its property. */
  async load(em: EntityManager, id: string, caller: Caller): Promise<OutletEntity> {
    const outlet = await em.findOneBy(OutletEntity, { id });
    if (!outlet) throw notFound('OUTLET.NOT_FOUND', 'Outlet', id);
    caller.assertProperty(outlet.propertyId);
    return outlet;
  }

  /** The business date a sale now belongs to at this outlet. */
  businessDate(outlet: OutletEntity): string {
    return businessDateAt(this.deps.clock.now(), outlet.timeZone, outlet.lastClosedDate);
  }

  list(propertyId: string, caller: Caller): Promise<OutletEntity[]> {
    caller.assertProperty(propertyId);
    return this.deps.db.manager.find(OutletEntity, { where: { propertyId }, order: { name: 'ASC', id: 'ASC' } });
  }

  /**
   * Outlets read by id (every order on the board names one). An outlet row changes only at the
   * day-end close, which drops it here at once and on other replicas when BusinessDayClosed arrives (app.ts).
   */
  readonly cache = new EntityCache<OutletEntity>('Outlet', (o) => o.id);

  byIds(ids: readonly string[]): Promise<OutletEntity[]> {
    return this.cache.byIds(ids, (missing) => this.deps.db.rows(OutletEntity).byIds(missing));
  }

  periodsOf(outletIds: readonly string[]) {
    return this.deps.db.manager.find(ServicePeriodEntity, { where: { outletId: In([...outletIds]) }, order: { startsAt: 'ASC' } });
  }
}
