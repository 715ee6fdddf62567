import { randomUUID } from 'node:crypto';
import {
  DomainError,
  paginate,
  transitionAggregate,
  type Caller,
  type PageArgs,
  type ServiceDeps,
  type StatefulKind,
} from '@hotelops/kernel';
import { textProblem } from '../case/case.rules';
import { MessageEntity } from './message.entity';
import {
  MESSAGE_MACHINE,
  recipientProblem,
  type DeliveryMethod,
  type MessageAction,
  type MessageKind,
  type MessageStatus,
} from './message.rules';

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

const MESSAGE: StatefulKind<MessageEntity, MessageStatus, MessageAction> = {
  entity: MessageEntity,
  notFound: 'MESSAGE.NOT_FOUND',
  noun: 'Message',
  machine: MESSAGE_MACHINE,
  invalidTransition: 'MESSAGE.INVALID_TRANSITION',
};

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
    return transitionAggregate(this.deps, MESSAGE, id, 'deliver', caller, async (_em, m, { at }) => {
      m.deliveredBy = caller.employeeId ?? null;
      m.deliveredAt = at;
      m.deliveryMethod = method;
    });
  }

  acknowledge(id: string, caller: Caller): Promise<MessageEntity> {
    return transitionAggregate(this.deps, MESSAGE, id, 'acknowledge', caller, async (_em, m, { at }) => {
      m.acknowledgedBy = caller.employeeId ?? null;
      m.acknowledgedAt = at;
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
}
