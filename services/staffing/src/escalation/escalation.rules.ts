/*
 * Who an escalation reaches: the level care asked for, else the next level up, among the people on
 * a published shift now who have clocked in. Pure.
 */
import { hhmm } from '../calendar/local-time.rules';

/** Care's escalation levels, lowest first. */
export const ESCALATION_CHAIN = ['care-supervisor', 'duty-manager', 'department-manager'] as const;
export type EscalationRole = (typeof ESCALATION_CHAIN)[number];

export interface OnShift {
  employeeId: string;
  name: string;
  roles: readonly string[];
  level: 'STAFF' | 'SUPERVISOR' | 'MANAGER';
  duty: boolean;
  startMin: number;
  endMin: number;
  clockedInMin: number;
}

/** Whether someone on shift answers for a level: a manager-level position for the department manager, the role otherwise. */
const answers = (p: OnShift, role: EscalationRole) => (role === 'department-manager' ? p.level === 'MANAGER' : p.roles.includes(role));

export interface Routing {
  routedRole: EscalationRole;
  employeeId: string | null;
  explanation: string;
}

/**
 * The first level from `requested` up with someone on shift and clocked in; duty shifts first,
 * then whoever clocked in earliest. Nobody: the top level, and why.
 */
export function routeEscalation(requested: EscalationRole, onShift: readonly OnShift[]): Routing {
  const from = ESCALATION_CHAIN.indexOf(requested);
  const skipped: string[] = [];
  for (const role of ESCALATION_CHAIN.slice(from)) {
    const found = onShift
      .filter((p) => answers(p, role))
      .sort((a, b) => Number(b.duty) - Number(a.duty) || a.clockedInMin - b.clockedInMin)[0];
    if (found) {
      const fell = skipped.length ? ` (nobody on duty as ${skipped.join(', then ')})` : '';
      return {
        routedRole: role,
        employeeId: found.employeeId,
        explanation: `${found.name}: on duty ${hhmm(found.startMin)}–${hhmm(found.endMin)}, clocked in ${hhmm(found.clockedInMin)}${fell}`,
      };
    }
    skipped.push(role);
  }
  return {
    routedRole: ESCALATION_CHAIN[ESCALATION_CHAIN.length - 1],
    employeeId: null,
    explanation: `nobody is on duty and clocked in as ${skipped.join(', ')}`,
  };
}
