import { randomUUID } from 'node:crypto';
import { BusinessDayClosed, CaseResolved, CountApproved, QaReviewScored } from '@hotelops/contracts';
import { DIALECTS, deliver, eventually, eventMessage, gql, gqlOk, type RunningSubgraph } from '@hotelops/testing';
import type { IdentityClaims } from '@hotelops/kernel';
import { StaffingHotel, hr, reason } from './staffing-hotel.fixture';

const money = (amountMinor: number) => ({ amountMinor, currency: 'CNY' });

describe.each(DIALECTS)('performance and recruiting on %s', (dialect) => {
  const hotel = new StaffingHotel('P');
  const { position, department, person, hire, transport } = hotel;
  let sg: RunningSubgraph;
  let propertyId: string;

  beforeAll(async () => {
    ({ sg, propertyId } = await hotel.start({ dialect, events: true }));
    await hire('csm', 'customer-service-manager');
    await hire('agent', 'customer-service-representative');
    await hire('other', 'customer-service-representative');
    await hire('server', 'restaurant-server');
    await hire('cashier', 'cashier');
    await hire('keeper', 'storekeeper');
    await hire('fbm', 'fnb-department-manager');
  });
  afterAll(() => hotel.stop());

  it('computes monthly KPIs from care’s QA scores, F&B’s day-end close and inventory’s counts, once per event', async () => {
    const target = { subject: randomUUID(), propertyId };
    const qa = (score: number) =>
      eventMessage(
        QaReviewScored,
        {
          reviewId: randomUUID(),
          caseId: randomUUID(),
          propertyId,
          agentId: person.agent.id,
          scorePercent: score,
          scoredBy: person.csm.id,
          scoredAt: '2030-02-10T08:00:00Z',
        },
        target,
      );
    const first = qa(90);
    await deliver(transport, first, first, qa(75));
    const day = (date: string, voids: number) =>
      eventMessage(
        BusinessDayClosed,
        {
          propertyId,
          outletId: randomUUID(),
          businessDate: date,
          covers: 50,
          revenue: money(500000),
          servers: [{ employeeId: person.server.id, covers: 40, checks: 20, voids, comps: 0 }],
          cashiers: [{ employeeId: person.cashier.id, transactions: 30, voids: 0, overShort: money(-250) }],
          closedBy: null,
          closedAt: `${date}T15:00:00Z`,
        },
        target,
      );
    await deliver(transport, day('2030-02-11', 1), day('2030-02-12', 0));
    await deliver(
      transport,
      eventMessage(
        CountApproved,
        {
          countId: randomUUID(),
          propertyId,
          kind: 'CYCLE',
          counters: [
            { employeeId: person.keeper.id, binsCounted: 40, binsAccurate: 39 },
            { employeeId: randomUUID(), binsCounted: 5, binsAccurate: 5 },
          ],
          varianceValue: money(0),
          approvedBy: person.csm.id,
          approvedAt: '2030-02-20T09:00:00Z',
        },
        target,
      ),
    );
    const resolved = (withinSla: boolean | null) =>
      eventMessage(
        CaseResolved,
        {
          caseId: randomUUID(),
          propertyId,
          kind: 'COMPLAINT',
          category: 'noise',
          reservationId: null,
          resolvedBy: person.agent.id,
          resolvedAt: '2030-02-14T10:00:00Z',
          resolvedWithinSla: withinSla,
        },
        target,
      );
    await deliver(transport, resolved(true), resolved(true), resolved(false), resolved(null));
    const q = `query($e: ID!) { performance(employeeId: $e, month: "2030-02") { position { code } kpis { code value samples } netPoints } }`;
    const kpisOf = async (who: string) => (await gqlOk(sg.url, q, { e: person[who].id }, person[who].token)).performance;
    // each position is judged by its own set: the care agent on QA and SLA, the server on covers and voids…
    expect(await kpisOf('agent')).toMatchObject({
      position: { code: 'customer-service-representative' },
      kpis: [
        { code: 'qa-score', value: 82.5, samples: 2 },
        { code: 'sla-attainment', value: 66.7, samples: 3 },
      ],
    });
    expect((await kpisOf('server')).kpis).toEqual([
      { code: 'covers', value: 80, samples: 2 },
      { code: 'void-rate', value: 2.5, samples: 40 },
    ]);
    expect((await kpisOf('cashier')).kpis).toEqual([{ code: 'over-short', value: 500, samples: 2 }]);
    expect((await kpisOf('keeper')).kpis).toEqual([{ code: 'count-accuracy', value: 97.5, samples: 40 }]);
    // …and a KPI of the set with nothing reported this month is there, without a value
    expect((await kpisOf('other')).kpis).toEqual([
      { code: 'qa-score', value: null, samples: 0 },
      { code: 'sla-attainment', value: null, samples: 0 },
    ]);
    expect(reason(await gql(sg.url, q, { e: person.agent.id }, person.other.token))).toBe('EMPLOYEE.OUTSIDE_YOUR_TEAM');
  });

  it('summarises a department’s month by position for its managers and HR', async () => {
    const q = `query($d: ID!) { departmentKpis(departmentId: $d, month: "2030-02") {
      positions { position { code } kpis { code value samples } people { employee { id } kpis { code value } } } } }`;
    const care = await gqlOk(sg.url, q, { d: department['customer-service'] }, person.csm.token);
    const reps = care.departmentKpis.positions.find(
      (p: { position: { code: string } }) => p.position.code === 'customer-service-representative',
    );
    // the position over both agents: QA and SLA rates over all their samples
    expect(reps.kpis).toEqual([
      { code: 'qa-score', value: 82.5, samples: 2 },
      { code: 'sla-attainment', value: 66.7, samples: 3 },
    ]);
    expect(reps.people).toEqual([
      {
        employee: { id: person.agent.id },
        kpis: [
          { code: 'qa-score', value: 82.5 },
          { code: 'sla-attainment', value: 66.7 },
        ],
      },
      {
        employee: { id: person.other.id },
        kpis: [
          { code: 'qa-score', value: null },
          { code: 'sla-attainment', value: null },
        ],
      },
    ]);
    const fnb = await gqlOk(sg.url, q, { d: department['food-and-beverage'] }, hr());
    expect(fnb.departmentKpis.positions.find((p: { position: { code: string } }) => p.position.code === 'restaurant-server').kpis).toEqual([
      { code: 'covers', value: 80, samples: 2 },
      { code: 'void-rate', value: 2.5, samples: 40 },
    ]);
    // a member of staff, and a manager of another department, are refused
    expect(reason(await gql(sg.url, q, { d: department['customer-service'] }, person.agent.token))).toBe('EMPLOYEE.OUTSIDE_YOUR_TEAM');
    expect(reason(await gql(sg.url, q, { d: department['customer-service'] }, person.fbm.token))).toBe('EMPLOYEE.OUTSIDE_YOUR_TEAM');
    expect(
      reason(
        await gql(
          sg.url,
          `query { departmentKpis(departmentId: "${department['customer-service']}", month: "2030-13") { month } }`,
          {},
          hr(),
        ),
      ),
    ).toBe('INPUT.INVALID');
  });

  it('takes reviews and rewards or penalties from the supervisor, never from the person', async () => {
    const sanction = (kind: string, points: number, who: IdentityClaims) =>
      gql(
        sg.url,
        `mutation($i: SanctionInput!) { recordSanction(input: $i) { kind points decidedBy } }`,
        { i: { employeeId: person.agent.id, date: '2030-02-15', kind, points, reason: 'guest praised the service' } },
        who,
      );
    expect((await sanction('REWARD', 10, person.csm.token)).data!.recordSanction).toEqual({
      kind: 'REWARD',
      points: 10,
      decidedBy: person.csm.id,
    });
    await sanction('PENALTY', 3, person.csm.token);
    expect(reason(await sanction('REWARD', 100, person.agent.token))).toBe('EMPLOYEE.OUTSIDE_YOUR_TEAM');
    expect(reason(await sanction('REWARD', 100, person.other.token))).toBe('EMPLOYEE.OUTSIDE_YOUR_TEAM');
    const review = await gql(
      sg.url,
      `mutation($i: PerformanceReviewInput!) { recordPerformanceReview(input: $i) { rating reviewedBy } }`,
      { i: { employeeId: person.agent.id, month: '2030-02', rating: 4, comments: 'steady' } },
      person.csm.token,
    );
    expect(review.data!.recordPerformanceReview).toEqual({ rating: 4, reviewedBy: person.csm.id });
    const perf = await gqlOk(
      sg.url,
      `query($e: ID!) { performance(employeeId: $e, month: "2030-02") { netPoints reviews { rating } } }`,
      { e: person.agent.id },
      hr(),
    );
    expect(perf.performance).toEqual({ netPoints: 7, reviews: [{ rating: 4 }] });
  });

  it('takes a requisition from the department to approval and through the hires that fill it', async () => {
    const asked = await gqlOk(
      sg.url,
      `mutation($p: ID!) { requestRequisition(input: {positionId: $p, headcount: 2, reason: "summer season", neededBy: "2030-06-01"}) { id status requestedBy } }`,
      { p: position['customer-service-representative'] },
      person.csm.token,
    );
    expect(asked.requestRequisition).toMatchObject({ status: 'REQUESTED', requestedBy: person.csm.id });
    const id = asked.requestRequisition.id;
    expect(
      reason(
        await gql(
          sg.url,
          `mutation($p: ID!) { requestRequisition(input: {positionId: $p, headcount: 1, reason: "x"}) { id } }`,
          { p: position['front-desk-agent'] },
          person.csm.token,
        ),
      ),
    ).toBe('EMPLOYEE.OUTSIDE_YOUR_TEAM');
    const fill = (e: string) =>
      gql(sg.url, `mutation($id: ID!, $e: ID!) { fillRequisition(id: $id, employeeId: $e) { status hired } }`, { id, e }, hr());
    expect(reason(await fill(person.agent.id))).toBe('HIRING_REQUISITION.INVALID_TRANSITION');
    await gqlOk(sg.url, `mutation($id: ID!) { decideRequisition(id: $id, approve: true) { status } }`, { id }, hr());
    const a = await hire('new1', 'customer-service-representative');
    const b = await hire('new2', 'customer-service-representative');
    const fd = await hire('desk', 'front-desk-agent');
    expect(reason(await fill(fd))).toBe('HIRING_REQUISITION.HIRE_MISMATCH');
    expect((await fill(a)).data!.fillRequisition).toEqual({ status: 'APPROVED', hired: 1 });
    expect(reason(await fill(a))).toBe('HIRING_REQUISITION.HIRE_MISMATCH');
    expect((await fill(b)).data!.fillRequisition).toEqual({ status: 'FILLED', hired: 2 });
    const list = await gqlOk(
      sg.url,
      `query($p: ID!) { requisitions(propertyId: $p, status: FILLED) { id hiredIds } }`,
      { p: propertyId },
      hr(),
    );
    expect(list.requisitions).toEqual([{ id, hiredIds: [a, b] }]);
  });

  it('plans training, assigns onboarding on hire, and records results with the certificate a pass grants', async () => {
    const csDept = (await gqlOk(sg.url, `query($id: ID!) { employee(id: $id) { department { id } } }`, { id: person.csm.id }, hr()))
      .employee.department.id;
    const plan = await gqlOk(
      sg.url,
      `mutation($i: CreateTrainingPlanInput!) { createTrainingPlan(input: $i) { id } }`,
      { i: { propertyId, departmentId: csDept, title: 'Service basics', period: '2030-02', topics: ['complaint handling', 'first aid'] } },
      person.csm.token,
    );
    const schedule = (input: Record<string, unknown>, who: IdentityClaims) =>
      gql(
        sg.url,
        `mutation($i: ScheduleTrainingSessionInput!) { scheduleTrainingSession(input: $i) { id kind } }`,
        { i: { propertyId, ...input } },
        who,
      );
    const onboarding = await schedule({ departmentId: csDept, title: 'Welcome to guest relations', kind: 'ONBOARDING' }, person.csm.token);
    expect(reason(await schedule({ title: 'Hotel-wide fire drill', kind: 'REGULAR' }, person.csm.token))).toBe(
      'EMPLOYEE.OUTSIDE_YOUR_TEAM',
    );
    const firstAid = await schedule(
      {
        planId: plan.createTrainingPlan.id,
        departmentId: csDept,
        title: 'First aid',
        kind: 'REGULAR',
        date: '2030-02-20',
        grantsSkill: 'first-aid',
        validMonths: 24,
      },
      person.csm.token,
    );
    // a new hire of the department is assigned the onboarding session (EmployeeHired, consumed by staffing itself)
    const rookie = await hire('rookie', 'customer-service-representative');
    const records = await eventually(async () => {
      const r = await gqlOk(
        sg.url,
        `query($e: ID!) { trainingRecords(employeeId: $e) { status session { id kind } } }`,
        { e: rookie },
        person.rookie.token,
      );
      expect(r.trainingRecords).toHaveLength(1);
      return r.trainingRecords;
    });
    expect(records).toEqual([{ status: 'ASSIGNED', session: { id: onboarding.data!.scheduleTrainingSession.id, kind: 'ONBOARDING' } }]);

    const result = (input: Record<string, unknown>) =>
      gql(
        sg.url,
        `mutation($i: TrainingResultInput!) { recordTrainingResult(input: $i) { status score passed } }`,
        { i: { sessionId: firstAid.data!.scheduleTrainingSession.id, ...input } },
        person.csm.token,
      );
    expect(reason(await result({ employeeId: rookie, attended: false, passed: true }))).toBe('TRAINING.INVALID');
    expect(
      (await result({ employeeId: rookie, attended: true, score: 92, passed: true, certificateNumber: 'FA-2030-77' })).data!
        .recordTrainingResult,
    ).toEqual({
      status: 'ATTENDED',
      score: 92,
      passed: true,
    });
    const skills = await gqlOk(
      sg.url,
      `query($e: ID!) { employee(id: $e) { skills { code expiresOn certificateNumber } } }`,
      { e: rookie },
      hr(),
    );
    expect(skills.employee.skills).toEqual([{ code: 'first-aid', expiresOn: '2032-02-20', certificateNumber: 'FA-2030-77' }]);
    const plans = await gqlOk(
      sg.url,
      `query($p: ID!) { trainingPlans(propertyId: $p) { title sessions { title } } }`,
      { p: propertyId },
      hr(),
    );
    expect(plans.trainingPlans).toEqual([{ title: 'Service basics', sessions: [{ title: 'First aid' }] }]);
  });
});
