import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { DomainError, notFound, type Caller, type ServiceDeps, isUniqueViolation } from '@hotelops/kernel';
import { LocationEntity } from './location.entity';
import { placement, type LocationKind } from './location.rules';

/** A new location; the GraphQL CreateInventoryLocationInput is one. */
export interface NewLocation {
  propertyId: string;
  code: string;
  name: string;
  kind: LocationKind;
  parentId?: string;
  outletId?: string;
}

export class LocationService {
  constructor(private readonly deps: ServiceDeps) {}

  async create(input: NewLocation, caller: Caller): Promise<LocationEntity> {
    caller.assertProperty(input.propertyId);
    const taken = () =>
      new DomainError('LOCATION.CODE_TAKEN', `Location ${input.code} already exists in this property`, { locationCode: input.code });
    return this.deps.db.transaction(async (em) => {
      const parent = input.parentId ? await em.findOneBy(LocationEntity, { id: input.parentId }) : null;
      if (input.parentId && (!parent || parent.propertyId !== input.propertyId)) {
        throw notFound('LOCATION.NOT_FOUND', 'Parent location', input.parentId);
      }
      const placed = placement({ kind: input.kind, outletId: input.outletId ?? null, parent });
      if (!placed.ok) throw new DomainError('INPUT.INVALID', placed.message, { field: placed.field });
      if (await em.existsBy(LocationEntity, { propertyId: input.propertyId, code: input.code })) throw taken();
      return em
        .save(
          em.create(LocationEntity, {
            id: randomUUID(),
            propertyId: input.propertyId,
            code: input.code,
            name: input.name,
            kind: input.kind,
            parentId: parent?.id ?? null,
            outletId: placed.outletId,
            createdAt: this.deps.clock.now(),
          }),
        )
        .catch((err: unknown) => {
          throw isUniqueViolation(err) ? taken() : err;
        });
    });
  }

  async get(id: string, caller: Caller): Promise<LocationEntity> {
    const location = await this.deps.db.manager.findOneBy(LocationEntity, { id });
    if (!location) throw notFound('LOCATION.NOT_FOUND', 'Location', id);
    caller.assertProperty(location.propertyId);
    return location;
  }

  list(propertyId: string, caller: Caller) {
    caller.assertProperty(propertyId);
    return this.deps.db.manager.find(LocationEntity, { where: { propertyId }, order: { code: 'ASC' } });
  }

  byIds(ids: readonly string[]) {
    return this.deps.db.manager.findBy(LocationEntity, { id: In([...ids]) });
  }
}
