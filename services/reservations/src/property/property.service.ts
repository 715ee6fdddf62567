import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { DomainError, notFound, paginate, type Caller, type PageArgs, type ServiceDeps } from '@hotelops/kernel';
import { localDate } from '../calendar/calendar.rules';
import { PropertyEntity } from './property.entity';
import type { CreatePropertyInput } from './property.type';

export class PropertyService {
  constructor(private readonly deps: ServiceDeps) {}

  async create(input: CreatePropertyInput): Promise<PropertyEntity> {
    return this.deps.db.transaction(async (em) => {
      if (await em.existsBy(PropertyEntity, { code: input.code })) {
        throw new DomainError('PROPERTY.CODE_TAKEN', `Property code ${input.code} is already used`, { propertyCode: input.code });
      }
      const p = em.create(PropertyEntity, { id: randomUUID(), ...input, createdAt: this.deps.clock.now() });
      return em.save(p);
    });
  }

  async get(id: string, caller: Caller): Promise<PropertyEntity> {
    caller.assertProperty(id);
    const p = await this.deps.db.manager.findOneBy(PropertyEntity, { id });
    if (!p) throw notFound('PROPERTY.NOT_FOUND', 'Property', id);
    return p;
  }

  /** Properties the caller may see. */
  list(caller: Caller, page: PageArgs) {
    const qb = this.deps.db.manager.createQueryBuilder(PropertyEntity, 'p');
    const scope = caller.propertyScope();
    if (scope) qb.where('p.id IN (:...scope)', { scope: scope.length ? scope : [''] });
    return paginate(qb, page);
  }

  byIds(ids: readonly string[]) {
    return this.deps.db.manager.findBy(PropertyEntity, { id: In([...ids]) });
  }
}

/** Refuses to create anything in a property that does not exist. */
export async function assertPropertyExists(em: EntityManager, id: string): Promise<void> {
  if (!(await em.existsBy(PropertyEntity, { id }))) throw notFound('PROPERTY.NOT_FOUND', 'Property', id);
}

/** The property and its calendar date now: business days and cut-offs follow its time zone. */
export async function propertyToday(
  em: EntityManager,
  id: string,
  { db, clock }: Pick<ServiceDeps, 'db' | 'clock'>,
): Promise<{ property: PropertyEntity; today: string }> {
  // every booking and stay change asks: the SELECT built once
  const [property] = await db.rows(PropertyEntity).where('id = :id', { id }, undefined, { em });
  if (!property) throw new Error(`property ${id} does not exist`);
  return { property, today: localDate(clock.now(), property.timeZone) };
}

/** The properties a sweep runs over: the one asked for, or all of them (the scheduled run). */
export function propertiesToSweep(em: EntityManager, propertyId?: string): Promise<PropertyEntity[]> {
  return propertyId ? em.findBy(PropertyEntity, { id: propertyId }) : em.find(PropertyEntity);
}
