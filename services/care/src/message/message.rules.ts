/*
 * Pure rules for telephone messages and call logs (留言、电话记录). No I/O.
 */

/** MESSAGE: left for a guest or department; CALL: a call taken and logged, passed on the same way. */
export const MESSAGE_KINDS = ['MESSAGE', 'CALL'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export const MESSAGE_STATUSES = ['TAKEN', 'DELIVERED', 'ACKNOWLEDGED'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

/** How it reached the recipient. */
export const DELIVERY_METHODS = ['PHONE', 'VOICEMAIL', 'SMS', 'TV_SCREEN', 'UNDER_DOOR', 'IN_PERSON'] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

export function messageTransition(
  current: MessageStatus,
  action: 'deliver' | 'acknowledge',
): { ok: true; to: MessageStatus } | { ok: false; reason: string } {
  const from: MessageStatus = action === 'deliver' ? 'TAKEN' : 'DELIVERED';
  if (current === from) return { ok: true, to: action === 'deliver' ? 'DELIVERED' : 'ACKNOWLEDGED' };
  return { ok: false, reason: `cannot ${action} a message that is ${current} (allowed from ${from})` };
}

/** Exactly one recipient: a guest (by stay) or a department. */
export function recipientProblem(r: { reservationId: string | null; departmentId: string | null }): string | null {
  if ((r.reservationId === null) === (r.departmentId === null))
    return 'a message goes to exactly one of reservationId (a guest) or departmentId';
  return null;
}
