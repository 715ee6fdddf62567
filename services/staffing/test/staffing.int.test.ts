import { randomUUID } from 'node:crypto';
import { OutboxRow, SYSTEM } from '@hotelops/kernel';
import { DIALECTS, gql, gqlOk, staff, startSubgraph, type RunningSubgraph, countQueries } from '@hotelops/testing';
import { seedDemo, staffingSubgraph, type StaffingServices } from '@hotelops/staffing';
import { DEPARTMENTS, POSITIONS } from '../src/catalogue/positions.catalogue';
import { DepartmentEntity } from '../src/department/department.entity';
import { PositionEntity } from '../src/position/position.entity';

const hr = (propertyIds: string[] = ['*']) => staff(['hr-manager'], propertyIds);
const frontDesk = (propertyIds: string[] = ['*']) => staff(['front-desk'], propertyIds);

const INSTALL = `mutation($p: ID!) { installPositionCatalogue(propertyId: $p) {
  propertyId departments { id code nameZh } positions { id code } } }`;
const HIRE = `mutation($input: HireEmployeeInput!) { hireEmployee(input: $input) {
  id employeeNumber displayName status hiredOn roles position { code } department { code } property { id } } }`;
const TERMINATE = `mutation($id: ID!, $on: LocalDate!, $reason: String) { terminateEmployee(id: $id, terminatedOn: $on, reason: $reason) { status terminatedOn } }`;

describe.each(DIALECTS)('staffing subgraph on %s', (dialect) => {
  let sg: RunningSubgraph;
  let propertyId: string;
  let positionId: Record<string, string>;
  let departmentId: Record<string, string>;
  let counter = 0;

  const hire = (overrides: Record<string, unknown> = {}, identity = hr()) =>
    gql(
      sg.url,
      HIRE,
      {
        input: {
          propertyId,
          positionId: positionId['front-desk-agent'],
          firstName: '芳',
          lastName: '王',
          employeeNumber: `T${++counter}`,
          email: 'fang.wang@example.com',
          phone: '+86 138 0013 8000',
          hiredOn: '2025-03-01',
          ...overrides,
        },
      },
      identity,
    );
  const hireOk = async (overrides: Record<string, unknown> = {}) => {
    const r = await hire(overrides);
    expect(r.errors).toBeUndefined();
    return r.data!.hireEmployee;
  };

  beforeAll(async () => {
    sg = await startSubgraph(staffingSubgraph, { dialect });
    propertyId = randomUUID();
    const installed = await gqlOk(sg.url, INSTALL, { p: propertyId }, hr());
    positionId = Object.fromEntries(installed.installPositionCatalogue.positions.map((p: { id: string; code: string }) => [p.code, p.id]));
    departmentId = Object.fromEntries(
      installed.installPositionCatalogue.departments.map((d: { id: string; code: string }) => [d.code, d.id]),
    );
  });
  afterAll(() => sg?.stop());

  it('installs the position catalogue once per property: a second install changes nothing and returns the same', async () => {
    const p = randomUUID();
    const first = await gqlOk(sg.url, INSTALL, { p }, hr());
    expect(first.installPositionCatalogue.departments).toHaveLength(DEPARTMENTS.length);
    expect(first.installPositionCatalogue.positions).toHaveLength(POSITIONS.length);
    expect(first.installPositionCatalogue.departments.find((d: { code: string }) => d.code === 'front-office').nameZh).toBe('前厅部');
    const counts = async () => ({
      departments: await sg.app.deps.db.manager.count(DepartmentEntity, { where: { propertyId: p } }),
      positions: await sg.app.deps.db.manager.count(PositionEntity, { where: { propertyId: p } }),
    });
    const before = await counts();

    const second = await gqlOk(sg.url, INSTALL, { p }, hr());
    expect(second).toEqual(first);
    expect(await counts()).toEqual(before);
    expect(before).toEqual({ departments: DEPARTMENTS.length, positions: POSITIONS.length });

    const positions = await gqlOk(
      sg.url,
      `query($p: ID!, $d: ID) { positions(propertyId: $p, departmentId: $d, first: 100) { nodes {
        code title titleZh level responsibilities requirements defaultRoles department { code nameZh } reportsTo { code level } } } }`,
      { p, d: first.installPositionCatalogue.departments.find((d: { code: string }) => d.code === 'front-office').id },
      frontDesk(),
    );
    const agent = positions.positions.nodes.find((n: { code: string }) => n.code === 'front-desk-agent');
    expect(agent).toMatchObject({
      level: 'STAFF',
      defaultRoles: ['front-desk'],
      department: { code: 'front-office', nameZh: '前厅部' },
      reportsTo: { code: 'front-office-manager', level: 'MANAGER' },
    });
    expect(agent.titleZh).toBeTruthy();
    expect(agent.responsibilities.length).toBeGreaterThan(0);
    expect(agent.requirements.length).toBeGreaterThan(0);
    expect(positions.positions.nodes.every((n: { department: { code: string } }) => n.department.code === 'front-office')).toBe(true);
  });

  it('installs concurrently without duplicates: the later install reuses what the earlier one created', async () => {
    const p = randomUUID();
    const [a, b] = await Promise.all([gqlOk(sg.url, INSTALL, { p }, hr()), gqlOk(sg.url, INSTALL, { p }, hr())]);
    expect(a).toEqual(b);
    expect(await sg.app.deps.db.manager.count(PositionEntity, { where: { propertyId: p } })).toBe(POSITIONS.length);
  });

  it('lets only HR install the catalogue and create departments and positions', async () => {
    const refused = await gql(sg.url, INSTALL, { p: randomUUID() }, frontDesk());
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTH.FORBIDDEN' });

    const spa = await gqlOk(
      sg.url,
      `mutation($p: ID!) { createDepartment(input: {propertyId: $p, code: "spa", name: "Spa", nameZh: "水疗中心"}) { id code } }`,
      { p: propertyId },
      hr(),
    );
    const again = await gql(
      sg.url,
      `mutation($p: ID!) { createDepartment(input: {propertyId: $p, code: "spa", name: "Spa"}) { id } }`,
      { p: propertyId },
      hr(),
    );
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'DEPARTMENT.CODE_TAKEN' });

    const createPosition = (code: string, level: string, reportsToId?: string) =>
      gql(
        sg.url,
        `mutation($input: CreatePositionInput!) { createPosition(input: $input) { code level defaultRoles department { code } reportsTo { code } } }`,
        { input: { departmentId: spa.createDepartment.id, code, title: 'Spa role', level, reportsToId, defaultRoles: ['housekeeping'] } },
        hr(),
      );
    const manager = await createPosition('spa-manager', 'MANAGER', positionId['general-manager']);
    expect(manager.data?.createPosition).toEqual({
      code: 'spa-manager',
      level: 'MANAGER',
      defaultRoles: ['housekeeping'],
      department: { code: 'spa' },
      reportsTo: { code: 'general-manager' },
    });
    const underStaff = await createPosition('spa-director', 'MANAGER', positionId['front-desk-agent']);
    expect(underStaff.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INPUT.INVALID', field: 'reportsToId' });
    expect(underStaff.errors?.[0].message).toMatch(/reportsToId: a MANAGER position cannot report to front-desk-agent/);
    const duplicate = await createPosition('spa-manager', 'MANAGER');
    expect(duplicate.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'POSITION.CODE_TAKEN' });
  });

  it('hires an employee and records EmployeeHired in the outbox in the same change', async () => {
    const e = await hireOk({ employeeNumber: 'H-001' });
    expect(e).toMatchObject({
      employeeNumber: 'H-001',
      displayName: '王芳',
      status: 'ACTIVE',
      hiredOn: '2025-03-01',
      roles: ['front-desk'],
      position: { code: 'front-desk-agent' },
      department: { code: 'front-office' },
      property: { id: propertyId },
    });
    const events = await sg.app.deps.db.manager.find(OutboxRow, { where: { messageKey: e.id }, order: { seq: 'ASC' } });
    expect(events.map((r) => r.type)).toEqual(['hotelops.staffing.employee.hired.v1']);
    expect(JSON.parse(events[0].payload)).toEqual({
      employeeId: e.id,
      propertyId,
      departmentId: departmentId['front-office'],
      positionCode: 'front-desk-agent',
      hiredOn: '2025-03-01',
    });
    expect(events[0].headers).toMatchObject({
      ce_type: 'hotelops.staffing.employee.hired.v1',
      ce_subject: e.id,
      ce_propertyid: propertyId,
    });
  });

  it('terminates once, announces it, and refuses a second termination with a clear error', async () => {
    const e = await hireOk();
    const first = await gqlOk(sg.url, TERMINATE, { id: e.id, on: '2026-01-31', reason: 'resigned' }, hr());
    expect(first.terminateEmployee).toEqual({ status: 'TERMINATED', terminatedOn: '2026-01-31' });

    const second = await gql(sg.url, TERMINATE, { id: e.id, on: '2026-02-28' }, hr());
    expect(second.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'EMPLOYEE.ALREADY_TERMINATED',
      terminatedOn: '2026-01-31',
    });
    expect(second.errors?.[0].message).toMatch(/cannot terminate: already terminated \(last day 2026-01-31\)/);

    const events = await sg.app.deps.db.manager.find(OutboxRow, { where: { messageKey: e.id }, order: { seq: 'ASC' } });
    expect(events.map((r) => r.type)).toEqual(['hotelops.staffing.employee.hired.v1', 'hotelops.staffing.employee.terminated.v1']);
    expect(JSON.parse(events[1].payload)).toMatchObject({ employeeId: e.id, propertyId, terminatedOn: '2026-01-31', reason: 'resigned' });

    const transfer = await gql(
      sg.url,
      `mutation($id: ID!, $p: ID!) { transferEmployee(id: $id, positionId: $p) { id } }`,
      { id: e.id, p: positionId['cashier'] },
      hr(),
    );
    expect(transfer.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'EMPLOYEE.ALREADY_TERMINATED' });

    // the gateway's revocation poll (as the system) sees the leaver; a general manager is refused
    const REVOKED = `query { revokedEmployees { id } }`;
    expect((await gqlOk(sg.url, REVOKED, {}, SYSTEM)).revokedEmployees).toContainEqual({ id: e.id });
    const gm = await gql(sg.url, REVOKED, {}, staff(['general-manager']));
    expect(gm.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTH.FORBIDDEN' });
  });

  it('refuses a last day before the hire date, naming the field', async () => {
    const e = await hireOk({ hiredOn: '2025-06-01' });
    const r = await gql(sg.url, TERMINATE, { id: e.id, on: '2025-05-31' }, hr());
    expect(r.errors?.[0].message).toBe('terminatedOn (2025-05-31) is before the hire date (2025-06-01)');
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'terminatedOn' });
  });

  it('transfers an active employee to another position; their department and roles follow', async () => {
    const e = await hireOk();
    const moved = await gqlOk(
      sg.url,
      `mutation($id: ID!, $p: ID!) { transferEmployee(id: $id, positionId: $p) { status position { code } department { code } roles } }`,
      { id: e.id, p: positionId['cashier'] },
      hr(),
    );
    expect(moved.transferEmployee).toEqual({
      status: 'ACTIVE',
      position: { code: 'cashier' },
      department: { code: 'cashier' },
      roles: ['front-desk'],
    });
  });

  it('refuses a duplicate employee number in the same property with CONFLICT, and allows it in another', async () => {
    await hireOk({ employeeNumber: 'DUP-1' });
    const before = await sg.app.deps.db.manager.count(OutboxRow);
    const dup = await hire({ employeeNumber: 'DUP-1', firstName: '伟', lastName: '张' });
    expect(dup.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'EMPLOYEE.NUMBER_TAKEN', field: 'employeeNumber' });
    expect(dup.errors?.[0].message).toBe('Employee number DUP-1 is already used in this property');
    expect(await sg.app.deps.db.manager.count(OutboxRow)).toBe(before);

    const other = randomUUID();
    const installed = await gqlOk(sg.url, INSTALL, { p: other }, hr());
    const cashier = installed.installPositionCatalogue.positions.find((p: { code: string }) => p.code === 'cashier').id;
    const elsewhere = await hire({ propertyId: other, positionId: cashier, employeeNumber: 'DUP-1' });
    expect(elsewhere.errors).toBeUndefined();
  });

  it('gives one of two simultaneous hires with the same number a CONFLICT, not an internal error', async () => {
    const results = await Promise.all([hire({ employeeNumber: 'RACE-1' }), hire({ employeeNumber: 'RACE-1' })]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.flatMap((r) => r.errors ?? []).map((e) => e.extensions?.reason)).toEqual(['EMPLOYEE.NUMBER_TAKEN']);
  });

  it('refuses a position of another property', async () => {
    const other = randomUUID();
    const installed = await gqlOk(sg.url, INSTALL, { p: other }, hr());
    const foreign = installed.installPositionCatalogue.positions[0].id;
    const r = await hire({ positionId: foreign });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'POSITION.NOT_FOUND' });
  });

  it('shows email and phone to HR only', async () => {
    const e = await hireOk();
    const query = `query($id: ID!) { employee(id: $id) { displayName email phone } }`;
    const seenByFrontDesk = await gql(sg.url, query, { id: e.id }, frontDesk());
    expect(seenByFrontDesk.data?.employee).toEqual({ displayName: '王芳', email: null, phone: null });
    expect(seenByFrontDesk.errors?.map((x) => [x.path?.at(-1), x.extensions?.code])).toEqual([
      ['email', 'FORBIDDEN'],
      ['phone', 'FORBIDDEN'],
    ]);
    const seenByHr = await gqlOk(sg.url, query, { id: e.id }, hr());
    expect(seenByHr.employee).toEqual({ displayName: '王芳', email: 'fang.wang@example.com', phone: '+86 138 0013 8000' });
  });

  it('refuses callers restricted to another property', async () => {
    const e = await hireOk();
    const elsewhere = [randomUUID()];
    const list = await gql(
      sg.url,
      `query($p: ID!) { employees(propertyId: $p) { nodes { id } } }`,
      { p: propertyId },
      frontDesk(elsewhere),
    );
    expect(list.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTH.PROPERTY_FORBIDDEN' });
    const one = await gql(sg.url, `query($id: ID!) { employee(id: $id) { id } }`, { id: e.id }, hr(elsewhere));
    expect(one.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTH.PROPERTY_FORBIDDEN' });
    const hired = await hire({}, hr(elsewhere));
    expect(hired.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTH.PROPERTY_FORBIDDEN' });
    const terminated = await gql(sg.url, TERMINATE, { id: e.id, on: '2026-01-31' }, hr(elsewhere));
    expect(terminated.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTH.PROPERTY_FORBIDDEN' });
    const install = await gql(sg.url, INSTALL, { p: propertyId }, hr(elsewhere));
    expect(install.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTH.PROPERTY_FORBIDDEN' });
    const entity = await gqlOk(
      sg.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Employee { id } } }`,
      { r: [{ __typename: 'Employee', id: e.id }] },
      frontDesk(elsewhere),
    );
    expect(entity._entities).toEqual([null]);
  });

  it('names the bad input field and changes nothing', async () => {
    const before = await sg.app.deps.db.manager.count(OutboxRow);
    const r = await hire({ email: 'not-an-email', employeeNumber: 'BAD 1' });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INPUT.INVALID' });
    expect(r.errors?.[0].extensions?.fields).toEqual(expect.arrayContaining(['email', 'employeeNumber']));
    expect(r.errors?.[0].message).toMatch(/email: email must be an e-mail address/);
    expect(r.errors?.[0].message).toMatch(/employeeNumber: employeeNumber must be 1–20 letters, digits or dashes/);
    expect(await sg.app.deps.db.manager.count(OutboxRow)).toBe(before);
  });

  it('lists staff by department and status, paginated', async () => {
    const p = randomUUID();
    const installed = await gqlOk(sg.url, INSTALL, { p }, hr());
    const pos = (code: string) => installed.installPositionCatalogue.positions.find((x: { code: string }) => x.code === code).id;
    const dept = (code: string) => installed.installPositionCatalogue.departments.find((x: { code: string }) => x.code === code).id;
    const ids: string[] = [];
    for (const [n, code] of [
      ['A1', 'front-desk-agent'],
      ['A2', 'front-desk-agent'],
      ['A3', 'room-attendant'],
      ['A4', 'front-office-manager'],
    ]) {
      ids.push((await hireOk({ propertyId: p, positionId: pos(code), employeeNumber: n })).id);
    }
    await gqlOk(sg.url, TERMINATE, { id: ids[1], on: '2026-01-31' }, hr());
    const list = (vars: Record<string, unknown>) =>
      gqlOk(
        sg.url,
        `query($p: ID!, $d: ID, $s: EmployeeStatus, $first: Int, $after: String) { employees(propertyId: $p, departmentId: $d, status: $s, first: $first, after: $after) { nodes { employeeNumber } pageInfo { hasNextPage endCursor } } }`,
        { p, ...vars },
        frontDesk([p]),
      );
    const numbers = async (vars: Record<string, unknown>) =>
      (await list(vars)).employees.nodes.map((n: { employeeNumber: string }) => n.employeeNumber);
    expect(await numbers({})).toEqual(['A1', 'A2', 'A3', 'A4']);
    expect(await numbers({ d: dept('front-office') })).toEqual(['A1', 'A2', 'A4']);
    expect(await numbers({ d: dept('front-office'), s: 'ACTIVE' })).toEqual(['A1', 'A4']);
    expect(await numbers({ s: 'TERMINATED' })).toEqual(['A2']);
    const page1 = await list({ first: 3 });
    expect(page1.employees.pageInfo.hasNextPage).toBe(true);
    expect(await numbers({ first: 3, after: page1.employees.pageInfo.endCursor })).toEqual(['A4']);
    const tooMany = await gql(sg.url, `query($p: ID!) { employees(propertyId: $p, first: 101) { nodes { id } } }`, { p });
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('resolves any number of employee references with one query', async () => {
    const list = await gqlOk(sg.url, `query($p: ID!) { employees(propertyId: $p, first: 100) { nodes { id } } }`, { p: propertyId });
    const ids: string[] = list.employees.nodes.map((n: { id: string }) => n.id);
    expect(ids.length).toBeGreaterThanOrEqual(5);
    const { result, queries } = await countQueries(sg.app, () =>
      gqlOk(sg.url, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Employee { id displayName status employeeNumber } } }`, {
        r: ids.map((id) => ({ __typename: 'Employee', id })),
      }),
    );
    expect(result._entities.map((e: { id: string }) => e.id)).toEqual(ids);
    expect(queries).toBe(1);
  });

  it("reads an employee's position from the database once, then from memory (positions never change)", async () => {
    const list = await gqlOk(sg.url, `query($p: ID!) { employees(propertyId: $p, first: 5) { nodes { id } } }`, { p: propertyId });
    const r = list.employees.nodes.map((n: { id: string }) => ({ __typename: 'Employee', id: n.id }));
    const read = () =>
      gqlOk(sg.url, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Employee { id position { code title } } } }`, { r });
    const cache = (sg.app.services as StaffingServices).positions.cache;
    cache.clear();
    const first = await countQueries(sg.app, read);
    const again = await countQueries(sg.app, read);
    expect(first.statements.filter((q) => /FROM "positions"/.test(q))).toHaveLength(1);
    expect(again.statements.filter((q) => /FROM "positions"/.test(q))).toHaveLength(0);
    expect(again.result).toEqual(first.result);
    expect(first.result._entities[0].position.code).toEqual(expect.any(String));
  });

  it('seeds a demo staff once: the catalogue plus two people per position, with events, and returns them again', async () => {
    const p = randomUUID();
    const demo = await seedDemo(sg.app.deps, { propertyId: p });
    expect(demo.employees).toHaveLength(POSITIONS.length * 2);
    expect(demo.employees.filter((e) => e.positionCode === 'front-desk-agent')).toHaveLength(2);
    expect(demo.employees.find((e) => e.positionCode === 'general-manager')).toMatchObject({
      departmentCode: 'executive',
      displayName: expect.stringMatching(/^\p{Script=Han}{2,4}$/u),
    });
    const hiredEvents = await sg.app.deps.db.manager
      .createQueryBuilder(OutboxRow, 'o')
      .where("o.type = 'hotelops.staffing.employee.hired.v1' AND o.message_key IN (:...ids)", { ids: demo.employees.map((e) => e.id) })
      .getCount();
    expect(hiredEvents).toBe(demo.employees.length);

    const again = await seedDemo(sg.app.deps, { propertyId: p });
    expect(new Set(again.employees.map((e) => e.id))).toEqual(new Set(demo.employees.map((e) => e.id)));
    expect(again.employees).toHaveLength(demo.employees.length);
  });
});
