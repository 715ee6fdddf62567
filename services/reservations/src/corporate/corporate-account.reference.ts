import { inIdOrder, type ReferenceLoader } from '@hotelops/kernel';
import type { CorporateAccountService } from './corporate-account.service';

export const corporateAccountReference =
  (corporateAccounts: CorporateAccountService): ReferenceLoader =>
  async (ids) =>
    inIdOrder(ids, await corporateAccounts.byIds(ids));
