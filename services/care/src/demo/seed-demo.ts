import { In } from 'typeorm';
import { Caller, SYSTEM, type ServiceDeps } from '@hotelops/kernel';
import { KnownStayEntity } from '../stay/stay.entity';
import { CaseEntity } from '../case/case.entity';
import { ANY_CATEGORY, type CaseStatus } from '../case/case.rules';
import type { CaseDraft } from '../case-work/case-opening.service';
import { composeCare } from '../composition';

export interface CareDemoInput {
  propertyId: string;
  /** Stays the demo cases are about (from the reservations demo); may be empty. */
  reservationIds: string[];
  /** Care staff who work the cases (from the staffing demo); may be empty. */
  employeeIds: string[];
}

interface DemoCase extends Pick<CaseDraft, 'kind' | 'channel' | 'category' | 'severity' | 'subject' | 'description'> {
  /** Index into reservationIds; the reservation names the guest, so guestName stays empty. */
  reservation?: number;
  guestName?: string;
  /** Index into employeeIds. */
  assignee?: number;
  reachStatus: CaseStatus;
  reply?: string;
  resolution?: string;
}

const DEMO_CASES: DemoCase[] = [
  {
    kind: 'COMPLAINT',
    channel: 'PHONE',
    category: 'noise',
    severity: 'HIGH',
    subject: 'Loud music from the room above after midnight',
    description: 'Guest called the operator at 00:40: music and voices from the floor above, could not sleep. Second call at 01:10.',
    reservation: 0,
    assignee: 0,
    reachStatus: 'RESOLVED',
    reply: 'We are very sorry for the disturbance. Security has spoken to the neighbouring room and we have a quieter room ready for you.',
    resolution: 'Moved the guest to a quiet room on 12F; security spoke to the party upstairs; late check-out at 14:00 offered.',
  },
  {
    kind: 'COMPLAINT',
    channel: 'IN_PERSON',
    category: 'room-service-delay',
    severity: 'MEDIUM',
    subject: 'Room-service dinner arrived 55 minutes late and cold',
    description: 'Guest came to the front desk: ordered at 19:05, quoted 30 minutes, delivered 20:00; the noodle soup was lukewarm.',
    reservation: 1,
    assignee: 1,
    reachStatus: 'IN_PROGRESS',
    reply: 'Our apologies for the long wait. The in-room dining manager is reviewing the order and will call you this evening.',
  },
  {
    kind: 'INQUIRY',
    channel: 'EMAIL',
    category: 'billing',
    severity: 'MEDIUM',
    subject: 'Question about a minibar charge on the folio',
    description: 'Guest emailed a photo of the folio: a CNY 68 minibar charge they say they did not consume.',
    reservation: 2,
    assignee: 0,
    reachStatus: 'ASSIGNED',
  },
  {
    kind: 'INQUIRY',
    channel: 'PHONE',
    category: 'lost-and-found',
    severity: 'MEDIUM',
    subject: 'Phone charger and a silk scarf left in the room',
    description:
      'Guest called after departure: left a white USB-C charger by the bed and a blue silk scarf in the wardrobe. Asks for shipping to Shanghai.',
    reservation: 3,
    reachStatus: 'NEW',
  },
  {
    kind: 'REQUEST',
    channel: 'PHONE',
    category: 'housekeeping',
    severity: 'LOW',
    subject: 'Extra towels and two more pillows',
    description: 'Family of four: two extra bath towels and two feather-free pillows, before 21:00.',
    reservation: 0,
    assignee: 1,
    reachStatus: 'CLOSED',
    resolution: 'Housekeeping delivered towels and hypoallergenic pillows at 20:15.',
  },
  {
    kind: 'COMPLAINT',
    channel: 'REVIEW_SITE',
    category: 'room-cleanliness',
    severity: 'HIGH',
    subject: 'Two-star review: hair in the bathtub on arrival',
    description:
      'Review posted on an OTA: "Bathtub not cleaned, hair everywhere, staff apologised but nothing else." Needs a public reply and a housekeeping check.',
    guestName: 'Chen Jing',
    reachStatus: 'NEW',
  },
  {
    kind: 'FEEDBACK',
    channel: 'SOCIAL',
    category: 'fnb-breakfast',
    severity: 'LOW',
    subject: 'Praise for the breakfast dim sum station',
    description: 'Guest posted photos of the har gow and thanked chef Liu by name. Share with the F&B team.',
    guestName: 'Wang Fang',
    assignee: 0,
    reachStatus: 'RESOLVED',
    resolution: 'Thanked the guest publicly; compliment passed to the F&B manager for the team briefing.',
  },
  {
    kind: 'REQUEST',
    channel: 'CHAT',
    category: 'early-check-in',
    severity: 'LOW',
    subject: 'Early check-in at 09:00 after a red-eye flight',
    description: 'Guest lands at 07:30 and asks whether a room can be ready by 09:00; happy to wait in the lounge.',
    reservation: 1,
    reachStatus: 'NEW',
  },
];

const DEMO_SLA = [
  { severity: 'CRITICAL', firstResponseMinutes: 15, resolutionMinutes: 120, warnBeforeMinutes: 5, escalateAfterMinutes: 60 },
  { severity: 'HIGH', firstResponseMinutes: 30, resolutionMinutes: 240, warnBeforeMinutes: 10, escalateAfterMinutes: 120 },
  { severity: 'MEDIUM', firstResponseMinutes: 60, resolutionMinutes: 1440, warnBeforeMinutes: 30, escalateAfterMinutes: 240 },
  { severity: 'LOW', firstResponseMinutes: 240, resolutionMinutes: 2880, warnBeforeMinutes: 60, escalateAfterMinutes: 480 },
] as const;

/** 快捷短语 the desk uses most. */
const DEMO_TEMPLATES = [
  {
    category: ANY_CATEGORY,
    title: 'Acknowledgement',
    body: 'Dear {guestName}, thank you for letting us know. We are looking into {caseNumber} and will update you shortly.',
  },
  {
    category: 'noise',
    title: 'Quiet room offered',
    body: 'Dear {guestName}, we are sorry for the disturbance. A quieter room is ready for you.',
  },
  { category: 'billing', title: 'Folio reviewed', body: 'Dear {guestName}, we have reviewed your folio and corrected the charge.' },
];

const ORDER: CaseStatus[] = ['NEW', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED'];
const reached = (target: CaseStatus, step: CaseStatus) => ORDER.indexOf(target) >= ORDER.indexOf(step);

/**
 * Demo cases for an embedded first start, written through the service so history and CaseOpened
 * events look like real use. Does nothing when the property already has cases.
 */
export async function seedDemo(deps: ServiceDeps, input: CareDemoInput): Promise<void> {
  if (await deps.db.manager.existsBy(CaseEntity, { propertyId: input.propertyId })) return;
  await staysKnown(deps, input.reservationIds);
  const system = new Caller(SYSTEM);
  const { caseOpening, caseWorkflow: workflow, slaPolicies, replyTemplates } = composeCare(deps);
  const pick = (ids: string[], i: number | undefined) => (i === undefined || ids.length === 0 ? null : ids[i % ids.length]);

  // Catch-all SLA targets per severity, so the duty manager's watchlist and the sweep have work.
  for (const p of DEMO_SLA) await slaPolicies.set({ propertyId: input.propertyId, category: ANY_CATEGORY, ...p }, system);
  for (const t of DEMO_TEMPLATES) await replyTemplates.create(input.propertyId, t, system);

  for (const d of DEMO_CASES) {
    const c = await caseOpening.open(
      {
        propertyId: input.propertyId,
        kind: d.kind,
        channel: d.channel,
        category: d.category,
        severity: d.severity,
        subject: d.subject,
        description: d.description,
        reservationId: pick(input.reservationIds, d.reservation),
        guestName: d.guestName ?? null,
      },
      system,
      {},
    );
    // Without staff to work it, a case stays in the queue.
    const assignee = pick(input.employeeIds, d.assignee);
    if (!assignee || !reached(d.reachStatus, 'ASSIGNED')) continue;
    await workflow.assign(c.id, assignee, system);
    if (!reached(d.reachStatus, 'IN_PROGRESS')) continue;
    await workflow.start(c.id, system);
    if (d.reply) await workflow.addNote(c.id, d.reply, 'GUEST_REPLY', system);
    if (!reached(d.reachStatus, 'RESOLVED')) continue;
    await workflow.resolve(c.id, d.resolution ?? 'Handled with the guest.', system);
    if (reached(d.reachStatus, 'CLOSED')) await workflow.close(c.id, system);
  }
}

/**
 * Cases point at stays care must know (from reservations' events, over Kafka or in process):
 * waits a bounded time for the demo stays to arrive before opening cases about them.
 */
async function staysKnown(deps: ServiceDeps, reservationIds: string[], timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const known = reservationIds.length ? await deps.db.manager.countBy(KnownStayEntity, { reservationId: In(reservationIds) }) : 0;
    if (known === reservationIds.length) return;
    if (Date.now() > until) throw new Error(`care knows ${known} of the ${reservationIds.length} demo stays after ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
