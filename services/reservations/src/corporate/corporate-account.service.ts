import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { DomainError, notFound, type Caller, type ServiceDeps } from '@hotelops/kernel';
import { PropertyEntity } from '../property/property.entity';
import { CorporateAccountEntity } from './corporate-account.entity';
import type { CreateCorporateAccountInput } from './corporate-account.type';

export class CorporateAccountService {
  constructor(private readonly deps: ServiceDeps) {}

  async create(input: CreateCorporateAccountInput, caller: Caller): Promise<CorporateAccountEntity> {
    caller.assertProperty(input.propertyId);
    return this.deps.db.transaction(async (em) => {
      if (!(await em.existsBy(PropertyEntity, { id: input.propertyId })))
        throw notFound('PROPERTY.NOT_FOUND', 'Property', input.propertyId);
      if (await em.existsBy(CorporateAccountEntity, { propertyId: input.propertyId, code: input.code })) {
        throw new DomainError('CORPORATE_ACCOUNT.CODE_TAKEN', `Corporate account ${input.code} already exists in this property`, {
          accountCode: input.code,
        });
      }
      return em.save(
        em.create(CorporateAccountEntity, { id: randomUUID(), ...input, contact: input.contact ?? null, createdAt: this.deps.clock.now() }),
      );
    });
  }

  list(propertyId: string, caller: Caller) {
    caller.assertProperty(propertyId);
    return this.deps.db.manager.find(CorporateAccountEntity, { where: { propertyId }, order: { code: 'ASC' } });
  }

  byIds(ids: readonly string[]) {
    return this.deps.db.manager.findBy(CorporateAccountEntity, { id: In([...ids]) });
  }
}
