import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { DomainError, notFound, transitionAggregate, type Caller, type ServiceDeps } from '@hotelops/kernel';
import { localTime } from '../calendar/calendar.rules';
import { ServicePeriodEntity, type OutletEntity } from '../outlet/outlet.entity';
import { withinHours } from '../outlet/outlet.rules';
import type { OutletService } from '../outlet/outlet.service';
import { ChecklistEntity, ChecklistItemEntity, OutletServiceEntity } from './service.entity';
import { SERVICE_MACHINE, checklistProblem, openingProblem, type CheckItem, type ChecklistKind } from './service.rules';

const SERVICE = {
  entity: OutletServiceEntity,
  notFound: 'SERVICE.NOT_FOUND',
  noun: 'Service',
  machine: SERVICE_MACHINE,
  invalidTransition: 'SERVICE.INVALID_TRANSITION',
} as const;

export interface RecordChecklist {
  outletId: string;
  periodId: string;
  kind: ChecklistKind;
  items: CheckItem[];
}

/** Services of an outlet: the pre-opening check, opening, closing and the closing check. */
export class OutletServiceService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly outlets: OutletService,
  ) {}

  /** Records a checklist for today's business date: who checked, what failed and who follows it up. */
  async recordChecklist(input: RecordChecklist, caller: Caller): Promise<ChecklistEntity> {
    const problem = checklistProblem(input.kind, input.items);
    if (problem) throw new DomainError('INPUT.INVALID', problem, { field: 'items' });
    return this.deps.db.transaction(async (em) => {
      const { outlet, period } = await this.periodOf(em, input.outletId, input.periodId, caller);
      const businessDate = this.outlets.businessDate(outlet);
      const key = { outletId: outlet.id, periodId: period.id, businessDate, kind: input.kind };
      if (await em.findOneBy(ChecklistEntity, key)) {
        throw new DomainError(
          'CHECKLIST.ALREADY_RECORDED',
          `The ${input.kind} check of ${period.name} on ${businessDate} is already recorded`,
          key,
        );
      }
      const list = em.create(ChecklistEntity, {
        id: randomUUID(),
        propertyId: outlet.propertyId,
        ...key,
        checkedBy: caller.employeeId ?? null,
        failedCount: input.items.filter((i) => !i.passed).length,
        checkedAt: this.deps.clock.now(),
      });
      await em.insert(ChecklistEntity, list);
      await em.insert(
        ChecklistItemEntity,
        input.items.map((i, n) => ({
          id: randomUUID(),
          checklistId: list.id,
          position: n + 1,
          area: i.area,
          label: i.label.trim(),
          passed: i.passed,
          note: i.note ?? null,
          followUpOwnerId: i.followUpOwnerId ?? null,
        })),
      );
      return list;
    });
  }

  /**
   * Opens a period's service for today's business date: only within the period's opening hours
   * (local to the outlet's property) and once its pre-opening check allows it.
   */
  async open(outletId: string, periodId: string, caller: Caller): Promise<OutletServiceEntity> {
    return this.deps.db.transaction(async (em) => {
      const { outlet, period } = await this.periodOf(em, outletId, periodId, caller);
      const time = localTime(this.deps.clock.now(), outlet.timeZone);
      if (!withinHours(period, time)) {
        const hours = `${period.startsAt}–${period.endsAt}`;
        throw new DomainError(
          'SERVICE.OUTSIDE_HOURS',
          `${outlet.name} cannot open ${period.name} at ${time} (${outlet.timeZone}): its hours are ${hours}`,
          { outletId, outlet: outlet.name, periodId, period: period.name, hours, localTime: time },
        );
      }
      const businessDate = this.outlets.businessDate(outlet);
      if (await em.findOneBy(OutletServiceEntity, { outletId, periodId, businessDate })) {
        throw new DomainError('SERVICE.ALREADY_OPEN', `${period.name} on ${businessDate} was already opened`, { periodId, businessDate });
      }
      const check = await em.findOneBy(ChecklistEntity, { outletId, periodId, businessDate, kind: 'PRE_OPENING' });
      const items = check ? await em.findBy(ChecklistItemEntity, { checklistId: check.id }) : null;
      const problem = openingProblem(items, outlet.failureBlocksOpening);
      if (problem) {
        throw new DomainError(
          check ? 'SERVICE.CHECKLIST_FAILED' : 'SERVICE.CHECKLIST_MISSING',
          `${outlet.name} cannot open ${period.name}: ${problem}`,
          {
            periodId,
            businessDate,
          },
        );
      }
      const now = this.deps.clock.now();
      const service = em.create(OutletServiceEntity, {
        id: randomUUID(),
        propertyId: outlet.propertyId,
        outletId,
        periodId,
        businessDate,
        status: 'OPEN',
        openedBy: caller.employeeId ?? null,
        openedAt: now,
        closedAt: null,
        updatedAt: now,
      });
      await em.insert(OutletServiceEntity, service);
      return service;
    });
  }

  close(serviceId: string, caller: Caller): Promise<OutletServiceEntity> {
    return transitionAggregate(this.deps, SERVICE, serviceId, 'close', caller, async (_em, s, change) => {
      s.closedAt = change.at;
    });
  }

  /** The outlet's open service (the latest opened), where orders are taken. */
  async current(em: EntityManager, outlet: OutletEntity): Promise<OutletServiceEntity> {
    const open = await em.findOne(OutletServiceEntity, { where: { outletId: outlet.id, status: 'OPEN' }, order: { openedAt: 'DESC' } });
    if (!open)
      throw new DomainError('OUTLET.NO_OPEN_SERVICE', `${outlet.name} has no open service: open one after its pre-opening check`, {
        outletId: outlet.id,
      });
    return open;
  }

  async services(outletId: string, businessDate: string, caller: Caller) {
    await this.outlets.get(outletId, caller);
    return this.deps.db.manager.find(OutletServiceEntity, { where: { outletId, businessDate }, order: { openedAt: 'ASC' } });
  }

  async checklists(outletId: string, businessDate: string, caller: Caller, kind?: ChecklistKind) {
    await this.outlets.get(outletId, caller);
    return this.deps.db.manager.find(ChecklistEntity, {
      where: { outletId, businessDate, ...(kind ? { kind } : {}) },
      order: { checkedAt: 'ASC' },
    });
  }

  itemsOf(checklistIds: readonly string[]) {
    return this.deps.db.manager.find(ChecklistItemEntity, { where: { checklistId: In([...checklistIds]) }, order: { position: 'ASC' } });
  }

  private async periodOf(em: EntityManager, outletId: string, periodId: string, caller: Caller) {
    const outlet = await this.outlets.load(em, outletId, caller);
    const period = await em.findOneBy(ServicePeriodEntity, { id: periodId });
    if (!period || period.outletId !== outlet.id) throw notFound('SERVICE_PERIOD.NOT_FOUND', `Service period of ${outlet.name}`, periodId);
    return { outlet, period };
  }
}
