import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DomainError, isUniqueViolation, lockForChange, type AggregateKind, type Caller, type ServiceDeps } from '@hotelops/kernel';
import { ANY_CATEGORY, type CaseKind, type CaseSeverity } from '../case/case.rules';
import { SlaPolicyEntity } from './sla-policy.entity';
import { pickPolicy, targetsProblem, type SlaTargets } from './sla.rules';

export interface SlaPolicyInput extends SlaTargets {
  propertyId: string;
  category: string;
  severity: CaseSeverity;
}

const SLA_POLICY: AggregateKind<SlaPolicyEntity> = { entity: SlaPolicyEntity, notFound: 'SLA_POLICY.NOT_FOUND', noun: 'SLA policy' };

export class SlaPolicyService {
  constructor(private readonly deps: ServiceDeps) {}

  /** Creates or replaces the policy for (property, category, severity). Cases already open keep their targets. */
  set(input: SlaPolicyInput, caller: Caller): Promise<SlaPolicyEntity> {
    caller.assertProperty(input.propertyId);
    const category = input.category.trim();
    if (!category) throw new DomainError('INPUT.INVALID', 'category must not be empty', { field: 'category' });
    const targets: SlaTargets = {
      firstResponseMinutes: input.firstResponseMinutes,
      resolutionMinutes: input.resolutionMinutes,
      warnBeforeMinutes: input.warnBeforeMinutes,
      escalateAfterMinutes: input.escalateAfterMinutes,
    };
    const problem = targetsProblem(targets);
    if (problem) throw new DomainError('INPUT.INVALID', problem);
    const write = () =>
      this.deps.db.transaction(async (em) => {
        const now = this.deps.clock.now();
        const key = { propertyId: input.propertyId, category, severity: input.severity };
        const existing = await em.findOne(SlaPolicyEntity, { where: key, ...this.deps.db.forUpdate });
        if (existing) {
          Object.assign(existing, targets, { updatedAt: now });
          return em.save(existing);
        }
        const created = em.create(SlaPolicyEntity, { ...key, ...targets, id: randomUUID(), createdAt: now, updatedAt: now });
        await em.insert(SlaPolicyEntity, created);
        return created;
      });
    // Two first writes of the same key race on the unique index; the loser retries as an update.
    return write().catch((err) => (isUniqueViolation(err) ? write() : Promise.reject(err)));
  }

  remove(id: string, caller: Caller): Promise<SlaPolicyEntity> {
    return this.deps.db.transaction(async (em) => {
      const p = await lockForChange(em, this.deps.db, SLA_POLICY, id, caller);
      await em.delete(SlaPolicyEntity, { id });
      return p;
    });
  }

  /** A property's policies, most specific first within each severity. Bounded by categories × severities. */
  list(propertyId: string, caller: Caller): Promise<SlaPolicyEntity[]> {
    caller.assertProperty(propertyId);
    return this.deps.db.manager.find(SlaPolicyEntity, { where: { propertyId }, order: { severity: 'ASC', category: 'ASC' } });
  }

  /** The effective policy for a case, or CASE.SLA_POLICY_MISSING naming what has none. */
  async effective(propertyId: string, category: string, severity: CaseSeverity, caller: Caller): Promise<SlaPolicyEntity> {
    caller.assertProperty(propertyId);
    const p = pickPolicy(await this.deps.db.manager.findBy(SlaPolicyEntity, { propertyId, severity }), category);
    if (!p) throw missing(propertyId, category, severity);
    return p;
  }

  /**
   * The policy a new case gets. Surveys carry no SLA; a property with no policies at all has not
   * adopted SLAs. Once it has any, every other case must be covered — a gap is a configuration
   * error named at the door rather than a case that silently never escalates.
   */
  async forNewCase(em: EntityManager, c: { propertyId: string; kind: CaseKind; category: string; severity: CaseSeverity }) {
    if (c.kind === 'SURVEY') return null;
    const candidates = await em.findBy(SlaPolicyEntity, { propertyId: c.propertyId, severity: c.severity });
    const p = pickPolicy(candidates, c.category);
    if (p) return p;
    if (candidates.length === 0 && !(await em.existsBy(SlaPolicyEntity, { propertyId: c.propertyId }))) return null;
    throw missing(c.propertyId, c.category, c.severity);
  }
}

const missing = (propertyId: string, category: string, severity: string) =>
  new DomainError(
    'CASE.SLA_POLICY_MISSING',
    `No SLA policy for category '${category}' at severity ${severity}: add one, or a '${ANY_CATEGORY}' policy for ${severity}`,
    { propertyId, category, severity },
  );
