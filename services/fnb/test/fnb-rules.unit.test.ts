import { BILL_MACHINE, equalShares, split, tendersProblem, type BillAction, type BillStatus } from '../src/bill/bill.rules';
import { ADJUSTMENT_MACHINE, covers, discountAmount, limitOf } from '../src/adjustment/adjustment.rules';
import { BANQUET_MACHINE, banquetBalance } from '../src/banquet/banquet.rules';
import { addDays, businessDateAt } from '../src/calendar/calendar.rules';
import { TICKET_MACHINE, ticketsFor, type TicketAction, type TicketStatus } from '../src/kitchen/ticket.rules';
import { TABLE_MACHINE, coversProblem, type TableAction, type TableStatus } from '../src/floor/table.rules';
import {
  MAX_LINE_QUANTITY,
  MAX_ORDER_TOTAL_MINOR,
  ORDER_MACHINE,
  lineAmount,
  linesProblem,
  modifierSelectionProblem,
  orderTotal,
  quantityProblem,
  unitPrice,
  type OrderAction,
  type OrderStatus,
} from '../src/order/order.rules';
import { hoursProblem, withinHours } from '../src/outlet/outlet.rules';
import { explode, portionCost, recipeProblem } from '../src/recipe/recipe.rules';
import { SERVICE_MACHINE, checklistProblem, openingProblem, type CheckItem } from '../src/service/service.rules';
import { isNewer, roomChargeProblem } from '../src/stay/stay.rules';
import { TILL_MACHINE, expectedCash, overShort } from '../src/till/till.rules';

type Machine<S extends string, A extends string> = {
  transition(from: S, action: A): { ok: boolean };
  statuses: readonly S[];
  actions: readonly A[];
};

/** Every (status, action) pair: the allowed ones go where the table says, all others are refused. */
function walk<S extends string, A extends string>(machine: Machine<S, A>, allowed: [S, A, S][]) {
  for (const from of machine.statuses)
    for (const action of machine.actions) {
      const hit = allowed.find(([f, a]) => f === from && a === action);
      expect({ from, action, r: machine.transition(from, action) }).toEqual({
        from,
        action,
        r: hit ? { ok: true, from, to: hit[2] } : expect.objectContaining({ ok: false, from }),
      });
    }
}

describe('status machines', () => {
  it('order: lines and firing while OPEN, billing freezes it, the last bill settles it', () =>
    walk<OrderStatus, OrderAction>(ORDER_MACHINE, [
      ['OPEN', 'addLines', 'OPEN'],
      ['OPEN', 'fire', 'OPEN'],
      ['OPEN', 'adjust', 'OPEN'],
      ['OPEN', 'bill', 'BILLED'],
      ['BILLED', 'settle', 'SETTLED'],
      ['OPEN', 'void', 'VOIDED'],
    ]));
  it('table: free → seated → ordered → bill requested → needs clearing → free', () =>
    walk<TableStatus, TableAction>(TABLE_MACHINE, [
      ['FREE', 'seat', 'SEATED'],
      ['SEATED', 'order', 'ORDERED'],
      ['ORDERED', 'order', 'ORDERED'],
      ['ORDERED', 'requestBill', 'BILL_REQUESTED'],
      ['ORDERED', 'paid', 'NEEDS_CLEARING'],
      ['BILL_REQUESTED', 'paid', 'NEEDS_CLEARING'],
      ['NEEDS_CLEARING', 'clear', 'FREE'],
      ['SEATED', 'leave', 'FREE'],
      ['ORDERED', 'leave', 'FREE'],
      ['BILL_REQUESTED', 'leave', 'FREE'],
    ]));
  it('ticket: new → in preparation → ready → served', () =>
    walk<TicketStatus, TicketAction>(TICKET_MACHINE, [
      ['NEW', 'start', 'IN_PREPARATION'],
      ['IN_PREPARATION', 'ready', 'READY'],
      ['READY', 'serve', 'SERVED'],
    ]));
  it('bill: a settled bill only takes corrections (refunds, open balances)', () =>
    walk<BillStatus, BillAction>(BILL_MACHINE, [
      ['OPEN', 'change', 'OPEN'],
      ['OPEN', 'settle', 'SETTLED'],
      ['OPEN', 'merge', 'MERGED'],
      ['SETTLED', 'correct', 'SETTLED'],
    ]));
  it('till, service, adjustment and banquet', () => {
    walk(TILL_MACHINE, [
      ['OPEN', 'record', 'OPEN'],
      ['OPEN', 'close', 'CLOSED'],
    ]);
    walk(SERVICE_MACHINE, [['OPEN', 'close', 'CLOSED']]);
    walk(ADJUSTMENT_MACHINE, [
      ['PENDING', 'approve', 'APPROVED'],
      ['PENDING', 'reject', 'REJECTED'],
    ]);
    walk(BANQUET_MACHINE, [
      ['TENTATIVE', 'confirm', 'CONFIRMED'],
      ['CONFIRMED', 'settle', 'SETTLED'],
      ['TENTATIVE', 'cancel', 'CANCELLED'],
      ['CONFIRMED', 'cancel', 'CANCELLED'],
    ]);
  });
  it('names the current status and what is allowed', () => {
    expect(ORDER_MACHINE.transition('SETTLED', 'bill')).toEqual({
      ok: false,
      from: 'SETTLED',
      reason: 'cannot bill an order that is SETTLED (allowed when OPEN)',
      allowedFrom: ['OPEN'],
    });
  });
});

describe('order lines', () => {
  it('prices modifiers on top of the item and never below zero', () => {
    expect(unitPrice(4800, [2000, 500])).toBe(7300);
    expect(unitPrice(600, [-1000])).toBe(0);
    expect(lineAmount({ unitPriceMinor: 7300, quantity: 2 })).toBe(14600);
    expect(
      orderTotal([
        { unitPriceMinor: 100, quantity: 3 },
        { unitPriceMinor: 50, quantity: 1 },
      ]),
    ).toBe(350);
  });
  it.each([0, -1, 1.5, MAX_LINE_QUANTITY + 1])('rejects quantity %p', (q) =>
    expect(quantityProblem(q)).toBe(`quantity must be a whole number from 1 to ${MAX_LINE_QUANTITY}, got ${q}`),
  );
  it('bounds a line at 100,000,000 minor units and an order below a 32-bit total', () => {
    expect(linesProblem([{ unitPriceMinor: 1_000_000, quantity: 100 }])).toBeNull();
    expect(linesProblem([{ unitPriceMinor: 1_000_000, quantity: 101 }])).toMatch(/at most 100000000/);
    const big = { unitPriceMinor: 100_000, quantity: 999 };
    expect(linesProblem(Array(22).fill(big))).toBe(`the order total would exceed ${MAX_ORDER_TOTAL_MINOR} minor units`);
  });
  it('checks modifier groups: min, max, offered, once each', () => {
    const groups = [
      { id: 'g1', name: 'Spice', minSelect: 1, maxSelect: 1 },
      { id: 'g2', name: 'Extras', minSelect: 0, maxSelect: 2 },
    ];
    expect(modifierSelectionProblem(groups, [{ id: 'hot', groupId: 'g1' }])).toBeNull();
    expect(modifierSelectionProblem(groups, [])).toBe('Spice: choose 1, got 0');
    expect(
      modifierSelectionProblem(groups, [
        { id: 'hot', groupId: 'g1' },
        { id: 'a', groupId: 'g2' },
        { id: 'b', groupId: 'g2' },
        { id: 'c', groupId: 'g2' },
      ]),
    ).toBe('Extras: choose 0–2, got 3');
    expect(modifierSelectionProblem(groups, [{ id: 'x', groupId: 'g9' }])).toBe('modifier x is not offered with this item');
    expect(
      modifierSelectionProblem(groups, [
        { id: 'hot', groupId: 'g1' },
        { id: 'hot', groupId: 'g1' },
      ]),
    ).toBe('a modifier is chosen at most once per line');
  });
  it('groups fired lines into one ticket per station', () => {
    const lines = [{ station: 'HOT' as const }, { station: 'BAR' as const }, { station: 'HOT' as const }];
    expect(ticketsFor(lines).map((t) => [t.station, t.lines.length])).toEqual([
      ['HOT', 2],
      ['BAR', 1],
    ]);
  });
  it('checks covers', () => expect([coversProblem(0), coversProblem(4)]).toEqual(['covers must be 1–200, got 0', null]));
});

describe('bills', () => {
  const lines = [
    { id: 'a', seat: 1, amountMinor: 2800 },
    { id: 'b', seat: 2, amountMinor: 16800 },
    { id: 'c', seat: 1, amountMinor: 5000 },
  ];
  it('splits equally with the remainder on the first shares', () => {
    expect(equalShares(10000, 3)).toEqual([3334, 3333, 3333]);
    expect(split(lines, { mode: 'EQUAL', parts: 3 })).toEqual(
      ['1/3', '2/3', '3/3'].map((share) => ({ lines: [{ orderLineId: null, amountMinor: 8200, seat: null, share }] })),
    );
    expect(split(lines, { mode: 'EQUAL', parts: 1 })).toBe('an equal split needs 2–20 parts, got 1');
  });
  it('splits by seat and by item, every line on exactly one bill', () => {
    const bySeat = split(lines, { mode: 'BY_SEAT' }) as { lines: { orderLineId: string | null }[] }[];
    expect(bySeat.map((b) => b.lines.map((l) => l.orderLineId))).toEqual([['a', 'c'], ['b']]);
    expect(split([lines[0]], { mode: 'BY_SEAT' })).toBe('splitting by seat needs lines on at least two seats');
    const byItem = split(lines, {
      mode: 'BY_ITEM',
      assignments: [
        { lineId: 'a', part: 2 },
        { lineId: 'b', part: 1 },
        { lineId: 'c', part: 2 },
      ],
    }) as { lines: { orderLineId: string | null }[] }[];
    expect(byItem.map((b) => b.lines.map((l) => l.orderLineId))).toEqual([['b'], ['a', 'c']]);
    expect(
      split(lines, {
        mode: 'BY_ITEM',
        assignments: [
          { lineId: 'a', part: 1 },
          { lineId: 'b', part: 2 },
        ],
      }),
    ).toBe('every line must go on a bill; unassigned: c');
    expect(
      split(lines, {
        mode: 'BY_ITEM',
        assignments: [
          { lineId: 'a', part: 1 },
          { lineId: 'a', part: 2 },
        ],
      }),
    ).toBe('line a is assigned twice');
  });
  it('needs tenders that pay exactly what is due plus the tip', () => {
    expect(tendersProblem(7800, 0, [{ method: 'CASH', amountMinor: 7800 }])).toBeNull();
    expect(
      tendersProblem(7800, 200, [
        { method: 'CARD', amountMinor: 5000 },
        { method: 'ROOM_CHARGE', amountMinor: 3000, reservationId: 'r' },
      ]),
    ).toBeNull();
    expect(tendersProblem(7800, 0, [{ method: 'CASH', amountMinor: 7000 }])).toBe('tenders come to 7000 but 7800 is due plus a tip of 0');
    expect(tendersProblem(100, 0, [{ method: 'CASH', amountMinor: 0 }])).toMatch(/each tender must be 1–100000000/);
    expect(tendersProblem(100, 0, [{ method: 'ROOM_CHARGE', amountMinor: 100 }])).toBe(
      'a ROOM_CHARGE tender needs the reservationId of the stay',
    );
    expect(tendersProblem(0, 0, [])).toBeNull();
  });
});

describe('authority and money', () => {
  it('lets each role approve up to its limit; a general manager anything', () => {
    expect(covers(['fnb-server'], { kind: 'DISCOUNT', amountMinor: 480, percent: 10 })).toBe(true);
    expect(covers(['fnb-server'], { kind: 'DISCOUNT', amountMinor: 1296, percent: 30 })).toBe(false);
    expect(covers(['cashier'], { kind: 'REFUND', amountMinor: 20_000 })).toBe(true);
    expect(covers(['cashier'], { kind: 'REFUND', amountMinor: 20_001 })).toBe(false);
    expect(covers(['fnb-server'], { kind: 'VOID', amountMinor: 1 })).toBe(false);
    expect(covers(['fnb-manager'], { kind: 'COMP', amountMinor: 3800 })).toBe(true);
    expect(covers(['general-manager'], { kind: 'REFUND', amountMinor: 99_999_999 })).toBe(true);
    expect(limitOf(['fnb-server', 'cashier'], 'DISCOUNT')).toEqual({ amountMinor: 10_000, percent: 15 });
  });
  it('computes discounts by percent (half up) or amount, never above the base', () => {
    expect(discountAmount(4320, { percent: 30 })).toBe(1296);
    expect(discountAmount(333, { percent: 50 })).toBe(167);
    expect(discountAmount(500, { amountMinor: 800 })).toBe(500);
  });
  it('counts the drawer: float + cash in − cash refunded − drops; over/short against the count', () => {
    const flows = { floatMinor: 50000, cashInMinor: 7800, cashRefundedMinor: 500, droppedMinor: 10000 };
    expect(expectedCash(flows)).toBe(47300);
    expect(overShort(47000, flows)).toBe(-300);
    expect(overShort(47350, flows)).toBe(50);
  });
  it('charges a banquet covers × set price less the deposit', () => expect(banquetBalance(120, 68800, 2_000_000)).toBe(6_256_000));
});

describe('time, checklists, stays and recipes', () => {
  it('puts a sale on the local date unless that date is closed', () => {
    const lateEvening = new Date('2026-03-01T15:30:00Z'); // 23:30 in Shanghai
    expect(businessDateAt(lateEvening, 'Asia/Shanghai', null)).toBe('2026-03-01');
    expect(businessDateAt(new Date('2026-03-01T16:30:00Z'), 'Asia/Shanghai', null)).toBe('2026-03-02');
    expect(businessDateAt(lateEvening, 'Asia/Shanghai', '2026-03-01')).toBe('2026-03-02');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
  });
  it('checks opening hours, also past midnight', () => {
    expect(hoursProblem({ startsAt: '22:00', endsAt: '02:00' })).toBeNull();
    expect(hoursProblem({ startsAt: '7:00', endsAt: '10:00' })).toMatch(/HH:MM/);
    expect(withinHours({ startsAt: '22:00', endsAt: '02:00' }, '01:30')).toBe(true);
    expect(withinHours({ startsAt: '06:30', endsAt: '10:30' }, '10:30')).toBe(false);
  });
  it('opens a service after a complete check; a failure blocks only where the outlet says so', () => {
    const items: CheckItem[] = ['TABLE_SETTING', 'HYGIENE', 'SUPPLIES', 'EQUIPMENT'].map((area, i) => ({
      area: area as CheckItem['area'],
      label: area,
      passed: i > 0,
      followUpOwnerId: 'e',
    }));
    expect(checklistProblem('PRE_OPENING', items)).toBeNull();
    expect(checklistProblem('PRE_OPENING', items.slice(1))).toMatch(/missing TABLE_SETTING/);
    expect(checklistProblem('CLOSING', [{ ...items[0], followUpOwnerId: null }])).toMatch(/needs a followUpOwnerId/);
    expect(openingProblem(null, true)).toMatch(/has not been recorded/);
    expect(openingProblem(items, true)).toBe('the pre-opening check failed: TABLE_SETTING');
    expect(openingProblem(items, false)).toBeNull();
  });
  it('accepts a room charge only for an in-house stay of the property; later facts win', () => {
    expect(roomChargeProblem(null, 'p')).toBe('the stay is not checked in');
    expect(roomChargeProblem({ status: 'CHECKED_OUT', propertyId: 'p' }, 'p')).toBe('the stay has already checked out');
    expect(roomChargeProblem({ status: 'CANCELLED', propertyId: 'p' }, 'p')).toBe('the reservation was cancelled');
    expect(roomChargeProblem({ status: 'IN_HOUSE', propertyId: 'q' }, 'p')).toBe('the stay belongs to another property');
    expect(roomChargeProblem({ status: 'IN_HOUSE', propertyId: 'p' }, 'p')).toBeNull();
    expect(isNewer('2026-01-01T10:00:00Z', '2026-01-01T11:00:00Z')).toBe(false);
  });
  it('explodes recipes and costs a portion', () => {
    expect(
      explode([
        { quantity: 2, recipe: [{ inventoryItemId: 'flour', quantity: 0.15 }] },
        { quantity: 1, recipe: [{ inventoryItemId: 'flour', quantity: 0.1 }] },
      ]),
    ).toEqual([{ inventoryItemId: 'flour', quantity: 0.4 }]);
    expect(
      portionCost(
        [
          { inventoryItemId: 'a', quantity: 0.15 },
          { inventoryItemId: 'b', quantity: 1 },
        ],
        new Map([['a', 600]]),
      ),
    ).toEqual({ costMinor: 90, missing: ['b'] });
    expect(recipeProblem([])).toBe('a recipe needs at least one ingredient');
  });
});
