/*
 * Kitchen tickets: one per station per firing, so each station's screen shows its own work. Pure.
 */
import { stateMachine } from '@hotelops/kernel/rules';
import { STATIONS, type Station } from '../menu/menu.rules';

export const TICKET_STATUSES = ['NEW', 'IN_PREPARATION', 'READY', 'SERVED'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];
export type TicketAction = 'start' | 'ready' | 'serve';
export const TICKET_MACHINE = stateMachine<TicketStatus, TicketAction>('ticket', TICKET_STATUSES, {
  start: { from: ['NEW'], to: 'IN_PREPARATION' },
  ready: { from: ['IN_PREPARATION'], to: 'READY', verb: 'mark ready' },
  serve: { from: ['READY'], to: 'SERVED' },
});

/** Lines grouped by station, in station order, for one firing. */
export function ticketsFor<L extends { station: Station }>(lines: readonly L[]): { station: Station; lines: L[] }[] {
  return STATIONS.map((station) => ({ station, lines: lines.filter((l) => l.station === station) })).filter((t) => t.lines.length > 0);
}
