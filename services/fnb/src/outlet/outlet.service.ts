import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { notFound, type Caller, type ServiceDeps } from '@hotelops/kernel';
import { OutletEntity } from './outlet.entity';
import type { CreateOutletInput } from './outlet.type';

export class OutletService {
  constructor(private readonly deps: ServiceDeps) {}

  async create(input: CreateOutletInput, caller: Caller): Promise<OutletEntity> {
    caller.assertProperty(input.propertyId);
    return this.deps.db.transaction((em) =>
      em.save(em.create(OutletEntity, { id: randomUUID(), ...input, name: input.name.trim(), createdAt: this.deps.clock.now() })),
    );
  }

  async get(id: string, caller: Caller): Promise<OutletEntity> {
    const outlet = await this.deps.db.manager.findOneBy(OutletEntity, { id });
    if (!outlet) throw notFound('OUTLET.NOT_FOUND', 'Outlet', id);
    caller.assertProperty(outlet.propertyId);
    return outlet;
  }

  list(propertyId: string, caller: Caller): Promise<OutletEntity[]> {
    caller.assertProperty(propertyId);
    return this.deps.db.manager.find(OutletEntity, { where: { propertyId }, order: { name: 'ASC', id: 'ASC' } });
  }

  byIds(ids: readonly string[]) {
    return this.deps.db.manager.findBy(OutletEntity, { id: In([...ids]) });
  }
}
