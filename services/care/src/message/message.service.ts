import { randomUUID } from 'node:crypto';
import { DomainError, notFound, paginate, type Caller, type PageArgs, type ServiceDeps } from '@hotelops/kernel';
import { textProblem } from '../case/case.rules';
import { MessageEntity } from './message.entity';
import { messageTransition, recipientProblem, type DeliveryMethod, type MessageKind, type MessageStatus } from './message.rules';

export interface MessageDraft {
  propertyId: string;
  kind: MessageKind;
  reservationId: string | null;
  departmentId: string | null;
  fromName: string;
  fromPhone: string | null;
  body: string;
  durationSeconds: number | null;
}

export class MessageService {
  constructor(private readonly deps: ServiceDeps) {}

  take(d: MessageDraft, caller: Caller): Promise<MessageEntity> {
    caller.assertProperty(d.propertyId);
    const problem = recipientProblem(d) ?? textProblem('fromName', d.fromName, 200) ?? textProblem('body', d.body, 4000);
    if (problem) throw new DomainError('INPUT.INVALID', problem);
    if (d.kind === 'MESSAGE' && d.durationSeconds !== null)
      throw new DomainError('INPUT.INVALID', 'durationSeconds applies to calls only', { field: 'durationSeconds' });
    const m = Object.assign(new MessageEntity(), {
      ...d,
      id: randomUUID(),
      fromName: d.fromName.trim(),
      body: d.body.trim(),
      status: 'TAKEN',
      takenBy: caller.employeeId ?? null,
      takenAt: this.deps.clock.now(),
      deliveredBy: null,
      deliveredAt: null,
      deliveryMethod: null,
      acknowledgedBy: null,
      acknowledgedAt: null,
    } satisfies MessageEntity);
    return this.deps.db.transaction(async (em) => {
      await em.insert(MessageEntity, m);
      return m;
    });
  }

  deliver(id: string, method: DeliveryMethod, caller: Caller): Promise<MessageEntity> {
    return this.change(id, 'deliver', caller, (m, now) => {
      m.deliveredBy = caller.employeeId ?? null;
      m.deliveredAt = now;
      m.deliveryMethod = method;
    });
  }

  acknowledge(id: string, caller: Caller): Promise<MessageEntity> {
    return this.change(id, 'acknowledge', caller, (m, now) => {
      m.acknowledgedBy = caller.employeeId ?? null;
      m.acknowledgedAt = now;
    });
  }

  list(propertyId: string, caller: Caller, page: PageArgs, f: { status?: MessageStatus; reservationId?: string; departmentId?: string }) {
    caller.assertProperty(propertyId);
    const qb = this.deps.db.manager.createQueryBuilder(MessageEntity, 'm').where('m.propertyId = :propertyId', { propertyId });
    if (f.status) qb.andWhere('m.status = :status', { status: f.status });
    if (f.reservationId) qb.andWhere('m.reservationId = :r', { r: f.reservationId });
    if (f.departmentId) qb.andWhere('m.departmentId = :d', { d: f.departmentId });
    return paginate(qb, page, { sortProperty: 'takenAt', toParam: (v) => (v instanceof Date ? v.toISOString() : v) });
  }

  private change(
    id: string,
    action: 'deliver' | 'acknowledge',
    caller: Caller,
    edit: (m: MessageEntity, now: Date) => void,
  ): Promise<MessageEntity> {
    return this.deps.db.transaction(async (em) => {
      const m = await em.findOne(MessageEntity, { where: { id }, ...this.deps.db.forUpdate });
      if (!m) throw notFound('MESSAGE.NOT_FOUND', 'Message', id);
      caller.assertProperty(m.propertyId);
      const next = messageTransition(m.status, action);
      if (!next.ok) throw new DomainError('MESSAGE.INVALID_TRANSITION', `Message: ${next.reason}`, { status: m.status });
      edit(m, this.deps.clock.now());
      m.status = next.to;
      return em.save(m);
    });
  }
}
