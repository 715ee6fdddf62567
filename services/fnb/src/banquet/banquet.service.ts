import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { BanquetSettled } from '@hotelops/contracts';
import { notFound, transitionAggregate, type Caller, type EventMeta, type ServiceDeps } from '@hotelops/kernel';
import type { OutletService } from '../outlet/outlet.service';
import { BanquetEntity } from './banquet.entity';
import { BANQUET_MACHINE, banquetBalance, type BanquetAction } from './banquet.rules';
import type { CreateBanquetInput } from './banquet.type';

const BANQUET = {
  entity: BanquetEntity,
  notFound: 'BANQUET.NOT_FOUND',
  noun: 'Banquet',
  machine: BANQUET_MACHINE,
  invalidTransition: 'BANQUET.INVALID_TRANSITION',
} as const;

/** Banquet event orders (宴会) for group blocks, settled to the group's account in reservations. */
export class BanquetService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly outlets: OutletService,
  ) {}

  async create(input: CreateBanquetInput, caller: Caller): Promise<BanquetEntity> {
    return this.deps.db.transaction(async (em) => {
      const outlet = await this.outlets.load(em, input.outletId, caller);
      const now = this.deps.clock.now();
      return em.save(
        em.create(BanquetEntity, {
          id: randomUUID(),
          propertyId: outlet.propertyId,
          outletId: outlet.id,
          groupBlockId: input.groupBlockId,
          name: input.name.trim(),
          eventDate: input.eventDate,
          roomName: input.roomName.trim(),
          covers: input.covers,
          menu: input.menu.trim(),
          setPriceMinor: input.setPriceMinor,
          depositMinor: input.depositMinor,
          currency: outlet.currency,
          status: 'TENTATIVE',
          chargedMinor: null,
          postingStatus: null,
          postingReason: null,
          createdAt: now,
          updatedAt: now,
        }),
      );
    });
  }

  change(id: string, action: Exclude<BanquetAction, 'settle'>, caller: Caller) {
    return transitionAggregate(this.deps, BANQUET, id, action, caller);
  }

  /** Charges what the group still owes (covers × set price − deposit) to the group block's account. */
  settle(id: string, caller: Caller, meta: EventMeta): Promise<BanquetEntity> {
    return transitionAggregate(this.deps, BANQUET, id, 'settle', caller, async (em, b, change) => {
      b.chargedMinor = banquetBalance(b.covers, b.setPriceMinor, b.depositMinor);
      b.postingStatus = 'SENT';
      await this.deps.outbox.add(
        em,
        BanquetSettled,
        {
          banquetId: b.id,
          propertyId: b.propertyId,
          groupBlockId: b.groupBlockId,
          description: `Banquet ${b.name}, ${b.eventDate}, ${b.covers} covers`.slice(0, 200),
          amount: { amountMinor: b.chargedMinor, currency: b.currency },
          settledAt: change.at.toISOString(),
        },
        { subject: b.id, propertyId: b.propertyId },
        meta,
      );
    });
  }

  async onPosting(em: EntityManager, banquetId: string, outcome: { posted: true } | { posted: false; reason: string }) {
    const b = await em.findOneBy(BanquetEntity, { id: banquetId });
    if (!b || b.postingStatus !== 'SENT') return;
    b.postingStatus = outcome.posted ? 'POSTED' : 'REJECTED';
    b.postingReason = outcome.posted ? null : outcome.reason.slice(0, 500);
    await em.save(BanquetEntity, b);
  }

  async get(id: string, caller: Caller) {
    const b = await this.deps.db.manager.findOneBy(BanquetEntity, { id });
    if (!b) throw notFound('BANQUET.NOT_FOUND', 'Banquet', id);
    caller.assertProperty(b.propertyId);
    return b;
  }

  async list(outletId: string, caller: Caller) {
    await this.outlets.get(outletId, caller);
    return this.deps.db.manager.find(BanquetEntity, { where: { outletId }, order: { eventDate: 'ASC' } });
  }
}
