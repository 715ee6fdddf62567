import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { DomainError, lockForChange, notFound, type AggregateKind, type Caller, type ServiceDeps } from '@hotelops/kernel';
import type { CaseHistoryEntity } from '../case/case.entity';
import { ANY_CATEGORY, textProblem } from '../case/case.rules';
import type { CaseService } from '../case/case.service';
import type { CaseWorkflowService } from '../case-work/case-workflow.service';
import { ReplyTemplateEntity } from './reply-template.entity';
import { PLACEHOLDERS, renderTemplate, unknownPlaceholders } from './reply-template.rules';

export interface ReplyTemplateDraft {
  category: string;
  title: string;
  body: string;
}

const REPLY_TEMPLATE: AggregateKind<ReplyTemplateEntity> = {
  entity: ReplyTemplateEntity,
  notFound: 'REPLY_TEMPLATE.NOT_FOUND',
  noun: 'Reply template',
};

export class ReplyTemplateService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly cases: CaseService,
    private readonly workflow: CaseWorkflowService,
  ) {}

  create(propertyId: string, draft: ReplyTemplateDraft, caller: Caller): Promise<ReplyTemplateEntity> {
    caller.assertProperty(propertyId);
    const tidy = checked(draft);
    const now = this.deps.clock.now();
    const t = Object.assign(new ReplyTemplateEntity(), {
      ...tidy,
      id: randomUUID(),
      propertyId,
      archived: false,
      createdAt: now,
      updatedAt: now,
    });
    return this.deps.db.transaction(async (em) => {
      await em.insert(ReplyTemplateEntity, t);
      return t;
    });
  }

  update(id: string, draft: ReplyTemplateDraft, caller: Caller): Promise<ReplyTemplateEntity> {
    const tidy = checked(draft);
    return this.deps.db.transaction(async (em) => {
      const t = await lockForChange(em, this.deps.db, REPLY_TEMPLATE, id, caller);
      Object.assign(t, tidy, { updatedAt: this.deps.clock.now() });
      return em.save(t);
    });
  }

  archive(id: string, caller: Caller): Promise<ReplyTemplateEntity> {
    return this.deps.db.transaction(async (em) => {
      const t = await lockForChange(em, this.deps.db, REPLY_TEMPLATE, id, caller);
      t.archived = true;
      t.updatedAt = this.deps.clock.now();
      return em.save(t);
    });
  }

  /** Templates offered for a category: its own first, then the ones for any category; archived ones are left out. */
  async forCategory(propertyId: string, category: string | undefined, caller: Caller): Promise<ReplyTemplateEntity[]> {
    caller.assertProperty(propertyId);
    const rows = await this.deps.db.manager.find(ReplyTemplateEntity, {
      where: { propertyId, archived: false, ...(category ? { category: In([category, ANY_CATEGORY]) } : {}) },
      order: { title: 'ASC', id: 'ASC' },
    });
    return category ? [...rows.filter((t) => t.category !== ANY_CATEGORY), ...rows.filter((t) => t.category === ANY_CATEGORY)] : rows;
  }

  /** Sends the template, filled in for the case, as a guest reply (stopping the first-response clock). */
  async reply(caseId: string, templateId: string, caller: Caller): Promise<CaseHistoryEntity> {
    const c = await this.cases.get(caseId, caller);
    const t = await this.deps.db.manager.findOneBy(ReplyTemplateEntity, { id: templateId });
    if (!t || t.propertyId !== c.propertyId || t.archived) throw notFound('REPLY_TEMPLATE.NOT_FOUND', 'Reply template', templateId);
    return this.workflow.addNote(
      caseId,
      renderTemplate(t.body, { guestName: c.guestName, caseNumber: c.number, subject: c.subject }),
      'GUEST_REPLY',
      caller,
    );
  }
}

function checked(d: ReplyTemplateDraft): ReplyTemplateDraft {
  for (const [field, value, max] of [
    ['category', d.category, 80],
    ['title', d.title, 100],
    ['body', d.body, 4000],
  ] as const) {
    const problem = textProblem(field, value, max);
    if (problem) throw new DomainError('INPUT.INVALID', problem, { field });
  }
  const unknown = unknownPlaceholders(d.body);
  if (unknown.length)
    throw new DomainError(
      'REPLY_TEMPLATE.UNKNOWN_PLACEHOLDER',
      `Unknown placeholder ${unknown.map((u) => `{${u}}`).join(', ')}; known: ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`,
      { unknown },
    );
  return { category: d.category.trim(), title: d.title.trim(), body: d.body.trim() };
}
