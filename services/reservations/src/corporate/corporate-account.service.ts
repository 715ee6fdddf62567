import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { DomainError, notFound, type Caller, type ServiceDeps } from '@hotelops/kernel';
import { assertPropertyExists } from '../property/property.service';
import { CorporateAccountEntity } from './corporate-account.entity';
import type { CreateCorporateAccountInput } from './corporate-account.type';

export class CorporateAccountService {
  constructor(private readonly deps: ServiceDeps) {}

  async create(input: CreateCorporateAccountInput, caller: Caller): Promise<CorporateAccountEntity> {
    caller.assertProperty(input.propertyId);
    return this.deps.db.transaction(async (em) => {
      await assertPropertyExists(em, input.propertyId);
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

  /** The account a stay or plan names, checked to belong to the property. */
  async ofProperty(em: EntityManager, id: string, propertyId: string): Promise<CorporateAccountEntity> {
    const account = await em.findOneBy(CorporateAccountEntity, { id });
    if (!account || account.propertyId !== propertyId)
      throw notFound('CORPORATE_ACCOUNT.NOT_FOUND', 'Corporate account of this property', id);
    return account;
  }

  byIds(ids: readonly string[]) {
    return this.deps.db.manager.findBy(CorporateAccountEntity, { id: In([...ids]) });
  }
}
