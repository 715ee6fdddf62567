/*
 * Pure rules for telephone messages and call logs (留言、电话记录). No I/O.
 */
import { stateMachine } from '@hotelops/kernel/rules';

/** MESSAGE: left for a guest or department; CALL: a call taken and logged, passed on the same way. */
export const MESSAGE_KINDS = ['MESSAGE', 'CALL'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export const MESSAGE_STATUSES = ['TAKEN', 'DELIVERED', 'ACKNOWLEDGED'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

/** How it reached the recipient. */
export const DELIVERY_METHODS = ['PHONE', 'VOICEMAIL', 'SMS', 'TV_SCREEN', 'UNDER_DOOR', 'IN_PERSON'] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

export type MessageAction = 'deliver' | 'acknowledge';

export const MESSAGE_MACHINE = stateMachine<MessageStatus, MessageAction>('message', MESSAGE_STATUSES, {
  deliver: { from: ['TAKEN'], to: 'DELIVERED' },
  acknowledge: { from: ['DELIVERED'], to: 'ACKNOWLEDGED' },
});

/** Exactly one recipient: a guest (by stay) or a department. */
export function recipientProblem(r: { reservationId: string | null; departmentId: string | null }): string | null {
  if ((r.reservationId === null) === (r.departmentId === null))
    return 'a message goes to exactly one of reservationId (a guest) or departmentId';
  return null;
}
