import { randomUUID } from 'node:crypto';
import type { Clock, IdentityClaims, InProcessTransport } from '@hotelops/kernel';
import { gql, gqlOk, inProcessTransport, staff, startSubgraph, type Dialect, type RunningSubgraph } from '@hotelops/testing';
import { staffingSubgraph } from '@hotelops/staffing';

/*
 * The staffing integration tests' common setup: a staffing subgraph on a fresh database, a hotel
 * with the position catalogue installed, and people hired into its positions.
 */

export const hr = () => staff(['hr-manager'], ['*']);
export const reason = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.reason;

/** Time as the test sets it; rosters are read in Asia/Shanghai (UTC+8), the policy's default. */
export class ManualClock {
  private t: Date;
  constructor(start: string) {
    this.t = new Date(start);
  }
  now = () => new Date(this.t);
  /** local Shanghai wall time, e.g. '2027-03-02T07:07' */
  local(wall: string) {
    this.t = new Date(`${wall}:00+08:00`);
  }
}

export interface Person {
  id: string;
  token: IdentityClaims;
}

export class StaffingHotel {
  sg!: RunningSubgraph;
  propertyId!: string;
  readonly position: Record<string, string> = {};
  readonly department: Record<string, string> = {};
  readonly person: Record<string, Person> = {};
  /** events delivered in-process when started with `events: true` (`deliver(hotel.transport, …)`) */
  readonly transport: InProcessTransport = inProcessTransport();
  private n = 0;

  /** `prefix` keeps employee numbers of different test files apart in logs. */
  constructor(private readonly prefix: string) {}

  async start(opts: { dialect: Dialect; clock?: Clock; events?: boolean }): Promise<this> {
    this.sg = await startSubgraph(staffingSubgraph, {
      dialect: opts.dialect,
      clock: opts.clock,
      transport: opts.events ? this.transport : undefined,
    });
    this.propertyId = randomUUID();
    const installed = await this.ok(
      `mutation($p: ID!) { installPositionCatalogue(propertyId: $p) { departments { id code } positions { id code } } }`,
      { p: this.propertyId },
      hr(),
    );
    for (const p of installed.installPositionCatalogue.positions) this.position[p.code] = p.id;
    for (const d of installed.installPositionCatalogue.departments) this.department[d.code] = d.id;
    return this;
  }

  stop = () => this.sg?.stop();

  call = (q: string, v: Record<string, unknown>, who: IdentityClaims) => gql(this.sg.url, q, v, who);
  ok = (q: string, v: Record<string, unknown>, who: IdentityClaims) => gqlOk(this.sg.url, q, v, who);

  /** Hires `key` into a catalogue position; their token carries `roles`. */
  hire = async (key: string, positionCode: string, roles: string[] = []): Promise<string> => {
    const r = await this.ok(
      `mutation($i: HireEmployeeInput!) { hireEmployee(input: $i) { id } }`,
      {
        i: {
          propertyId: this.propertyId,
          positionId: this.position[positionCode],
          firstName: key,
          lastName: 'Test',
          employeeNumber: `${this.prefix}${++this.n}`,
          hiredOn: '2020-01-06',
        },
      },
      hr(),
    );
    this.person[key] = { id: r.hireEmployee.id, token: staff(roles, [this.propertyId], r.hireEmployee.id) };
    return r.hireEmployee.id as string;
  };
}
