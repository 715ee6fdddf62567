import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { ReservationCheckedOut } from '@hotelops/contracts';
import { JobScheduler, KERNEL_MIGRATIONS, SubgraphApp, createLogger, type ScheduledJob } from '@hotelops/kernel';
import { careSubgraph } from '@hotelops/care';
import { createPgDatabase, eventually, kafkaBrokers, runId, testConfig, type TestDatabase } from '@hotelops/testing';

/**
 * What Kubernetes does to a subgraph: two replicas of care on one PostgreSQL database and one
 * Kafka consumer group, started at the same moment.
 */
describe('two replicas of one subgraph (same PostgreSQL, same Kafka)', () => {
  const namespace = `t${runId()}.`;
  let pg: TestDatabase;
  let replicas: SubgraphApp[] = [];
  const property = randomUUID();
  const kafka = new Kafka({
    clientId: 'replicas-test',
    brokers: (kafkaBrokers() ?? '127.0.0.1:9092').split(','),
    logLevel: logLevel.NOTHING,
  });

  beforeAll(async () => {
    pg = await createPgDatabase('hotelops_replicas');
    const config = () => testConfig({ DATABASE_URL: pg.url, KAFKA_BROKERS: kafkaBrokers(), KAFKA_NAMESPACE: namespace });
    replicas = [
      new SubgraphApp(careSubgraph, { config: config(), withoutJobs: true }),
      new SubgraphApp(careSubgraph, { config: config(), withoutJobs: true }),
    ];
    // both migrate the same empty schema at once, as two pods of a new release do
    await Promise.all(replicas.map((r) => r.start()));
  });
  afterAll(async () => {
    await Promise.all(replicas.map((r) => r.stop()));
    await pg?.drop();
  });

  const count = async (sql: string, params: unknown[] = []) => Number((await replicas[0].deps.db.dataSource.query(sql, params))[0].n);
  /** A replica's count of check-out events (care also publishes events of its own: the cases it opens). */
  const checkOuts = async (
    metric: { get(): Promise<{ values: { value: number; labels: Record<string, unknown> }[] }> },
    outcome?: string,
  ) =>
    (await metric.get()).values
      .filter((v) => v.labels.type === ReservationCheckedOut.type && (!outcome || v.labels.outcome === outcome))
      .reduce((s, v) => s + v.value, 0);

  it('both start and migrate the shared schema once: the migration lock makes the second wait, then find nothing to do', async () => {
    expect(await count(`SELECT count(*) AS n FROM migrations`)).toBe(careSubgraph.migrations.length + KERNEL_MIGRATIONS.length);
    expect(await count(`SELECT count(*) AS n FROM (SELECT name FROM migrations GROUP BY name HAVING count(*) > 1) d`)).toBe(0);
  });

  it('each outbox row is published once and each event applied once, the partitions shared by the two consumers', async () => {
    const admin = kafka.admin();
    await admin.connect();
    try {
      // the group is stable with both replicas as members: each owns some of the 3 partitions
      await eventually(async () => {
        const { groups } = await admin.describeGroups([`${namespace}hotelops.care`]);
        expect(groups[0]).toMatchObject({ state: 'Stable' });
        expect(groups[0].members).toHaveLength(2);
      }, 30_000);
    } finally {
      await admin.disconnect();
    }

    // 30 check-outs recorded in the outbox through both replicas; both relays run
    const ids = Array.from({ length: 30 }, () => randomUUID());
    for (const [i, reservationId] of ids.entries()) {
      const { db, outbox } = replicas[i % 2].deps;
      await db.transaction((em) =>
        outbox.add(
          em,
          ReservationCheckedOut,
          {
            reservationId,
            propertyId: property,
            confirmationNumber: `CF-${i}`,
            roomTypeId: randomUUID(),
            arrival: '2099-05-01',
            departure: '2099-05-02',
            guestName: `Guest ${i}`,
            roomId: randomUUID(),
            roomNumber: String(100 + i),
            checkedOutAt: '2099-05-02T10:00:00.000Z',
            folioTotal: { amountMinor: 10000, currency: 'EUR' },
          },
          { subject: reservationId, propertyId: property },
        ),
      );
    }
    await eventually(async () => expect(await count(`SELECT count(*) AS n FROM outbox WHERE published_at IS NULL`)).toBe(0), 30_000);
    await eventually(
      async () => expect(await count(`SELECT count(*) AS n FROM cases WHERE property_id = $1 AND kind = 'SURVEY'`, [property])).toBe(30),
      45_000,
    );

    // the topic holds each outbox row exactly once (an independent reader, from the beginning)
    const seen: string[] = [];
    const reader = kafka.consumer({ groupId: `${namespace}reader-${runId()}` });
    await reader.connect();
    try {
      await reader.subscribe({ topics: [namespace + ReservationCheckedOut.topic], fromBeginning: true });
      await reader.run({ eachMessage: async ({ message }) => void seen.push(String(message.headers?.ce_id ?? message.key)) });
      await eventually(async () => expect(seen.length).toBeGreaterThanOrEqual(30), 30_000);
    } finally {
      await reader.disconnect();
    }
    expect(seen).toHaveLength(30);
    expect(new Set(seen).size).toBe(30);
    const published = await Promise.all(replicas.map((r) => checkOuts(r.metrics.eventsPublished)));
    expect(published[0] + published[1]).toBe(30);

    // consumed: every event applied by exactly one replica, and both replicas took part
    const applied = await Promise.all(replicas.map((r) => checkOuts(r.metrics.eventsConsumed, 'applied')));
    expect(applied[0] + applied[1]).toBe(30);
    expect(applied[0]).toBeGreaterThan(0);
    expect(applied[1]).toBeGreaterThan(0);
    expect(await count(`SELECT count(DISTINCT reservation_id) AS n FROM cases WHERE property_id = $1`, [property])).toBe(30);
  });

  it('a scheduled job runs once per interval across replicas (the lease in kernel_job_runs), not once per replica', async () => {
    let runs = 0;
    const job: ScheduledJob = { name: `lease-${runId()}`, everyMs: 1_000, run: async () => void runs++ };
    const logger = createLogger('test', 'silent');
    const [one, two] = replicas.map((r) => new JobScheduler(r.deps.db, logger, [job]));
    try {
      // both replicas' timers fire in the same interval: one runs it, the other finds it done
      await Promise.all([one.tick(job), two.tick(job)]);
      await two.tick(job);
      await one.tick(job);
      expect(runs).toBe(1);
      await new Promise((r) => setTimeout(r, 1_100)); // the next interval
      await Promise.all([two.tick(job), one.tick(job)]);
      expect(runs).toBe(2);
      // an explicit trigger (an operator, a test) is not held to the interval
      await one.trigger(job);
      expect(runs).toBe(3);
    } finally {
      await one.stop();
      await two.stop();
    }
  });
});
