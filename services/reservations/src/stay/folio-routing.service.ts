import { DomainError, type Caller, type ServiceDeps } from '@hotelops/kernel';
import type { CorporateAccountService } from '../corporate/corporate-account.service';
import type { AccountRef } from '../folio/folio.rules';
import type { FolioService } from '../folio/folio.service';
import type { GroupBlockService } from '../group/group-block.service';
import type { ReservationEntity } from '../reservation/reservation.entity';
import type { ReservationService } from '../reservation/reservation.service';

export interface FolioRoutingCollaborators {
  folios: FolioService;
  corporateAccounts: CorporateAccountService;
  groupBlocks: GroupBlockService;
  reservations: ReservationService;
}

/** Where a stay's balance goes at check-out: the guest, a company (city ledger) or a group's master account. */
export class FolioRoutingService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly c: FolioRoutingCollaborators,
  ) {}

  /** Routes the balance to a corporate account or group block of the stay's property; neither: back to the guest. */
  async route(
    reservationId: string,
    to: { corporateAccountId?: string; groupBlockId?: string },
    caller: Caller,
  ): Promise<ReservationEntity> {
    if (to.corporateAccountId && to.groupBlockId) {
      throw new DomainError('INPUT.INVALID', 'route to a corporate account or a group block, not both', { field: 'groupBlockId' });
    }
    const account: AccountRef | null = to.corporateAccountId
      ? { kind: 'COMPANY', id: to.corporateAccountId }
      : to.groupBlockId
        ? { kind: 'GROUP', id: to.groupBlockId }
        : null;
    await this.deps.db.transaction(async (em) => {
      const folio = await this.c.folios.lockOpen(em, reservationId, caller);
      if (account?.kind === 'COMPANY') await this.c.corporateAccounts.ofProperty(em, account.id, folio.propertyId);
      if (account?.kind === 'GROUP') await this.c.groupBlocks.ofProperty(em, account.id, folio.propertyId);
      await this.c.folios.routeTo(em, folio, account);
    });
    return this.c.reservations.get(reservationId, caller);
  }
}
