import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { DomainError, notFound, type Caller, type ServiceDeps } from '@hotelops/kernel';
import { PropertyEntity } from '../property/property.entity';
import { assertPropertyExists } from '../property/property.service';
import { AriDeltaEntity } from './ari-delta.entity';
import { availNotifRQ } from './ari-message';
import { postAvailNotif } from './ari-push.client';
import { AriPushDeliveryEntity, AriPushEndpointEntity } from './ari-push.entity';
import { dueBatches, endpointProblem, retryDelayMs, type AriPushStatus } from './ari-push.rules';
import type { ConfigureAriPushInput } from './ari-push.type';

/** Pending deliveries looked at per run; the rest wait for the next one. */
const SCAN_LIMIT = 2_000;

/**
 * ARI push: partner endpoints per property, the delivery outbox filled as deltas are recorded,
 * and the worker that sends due deliveries (at least once, in order per room type) and keeps a
 * refused one pending, with its reason, until the partner answers OTA Success.
 */
export class AriPushService {
  private inFlight: Promise<number> | undefined;

  constructor(private readonly deps: ServiceDeps) {}

  /** Creates or changes the endpoint of (property, channel); credentials omitted are kept. */
  async configure(input: ConfigureAriPushInput, caller: Caller): Promise<AriPushEndpointEntity> {
    caller.assertProperty(input.propertyId);
    return this.deps.db.transaction(async (em) => {
      await assertPropertyExists(em, input.propertyId);
      const existing = await em.findOneBy(AriPushEndpointEntity, { propertyId: input.propertyId, channelCode: input.channelCode });
      const keep = input.authHeaderName === undefined && input.authHeaderValue === undefined && !input.clearCredentials;
      const next = {
        url: input.url,
        authHeaderName: keep ? (existing?.authHeaderName ?? null) : (input.authHeaderName ?? null),
        authHeaderValue: keep ? (existing?.authHeaderValue ?? null) : (input.authHeaderValue ?? null),
        enabled: input.enabled,
        updatedAt: this.deps.clock.now(),
      };
      const problem = endpointProblem(next);
      if (problem) throw new DomainError('INPUT.INVALID', problem.message, { field: problem.field });
      return em.save(
        AriPushEndpointEntity,
        existing
          ? Object.assign(existing, next)
          : em.create(AriPushEndpointEntity, { id: randomUUID(), propertyId: input.propertyId, channelCode: input.channelCode, ...next }),
      );
    });
  }

  async endpoints(propertyId: string, caller: Caller): Promise<AriPushEndpointEntity[]> {
    caller.assertProperty(propertyId);
    return this.deps.db.manager.find(AriPushEndpointEntity, { where: { propertyId }, order: { channelCode: 'ASC' } });
  }

  /** Deliveries of one endpoint, newest first. */
  async deliveries(endpointId: string, status: AriPushStatus | undefined, limit: number, caller: Caller) {
    const endpoint = await this.deps.db.manager.findOneBy(AriPushEndpointEntity, { id: endpointId });
    if (!endpoint || !caller.canAccessProperty(endpoint.propertyId))
      throw notFound('ARI_PUSH.ENDPOINT_NOT_FOUND', 'ARI push endpoint', endpointId);
    return this.deps.db.manager.find(AriPushDeliveryEntity, {
      where: { endpointId, ...(status ? { status } : {}) },
      order: { deltaSeq: 'DESC' },
      take: limit,
    });
  }

  /** Count of deliveries per endpoint and status, for the endpoint listing (one query for all). */
  async counts(endpointIds: string[]): Promise<Map<string, Record<AriPushStatus, number>>> {
    const rows: { endpointId: string; status: AriPushStatus; n: string | number }[] = endpointIds.length
      ? await this.deps.db.manager
          .createQueryBuilder(AriPushDeliveryEntity, 'd')
          .select('d.endpoint_id', 'endpointId')
          .addSelect('d.status', 'status')
          .addSelect('COUNT(*)', 'n')
          .where({ endpointId: In(endpointIds) })
          .groupBy('d.endpoint_id')
          .addGroupBy('d.status')
          .getRawMany()
      : [];
    const out = new Map(endpointIds.map((id) => [id, { PENDING: 0, DELIVERED: 0 }]));
    for (const r of rows) out.get(r.endpointId)![r.status] = Number(r.n);
    return out;
  }

  /**
   * Owes the recorded deltas of these events to every enabled endpoint of their properties (in
   * the recording transaction): one read of the endpoints, and of the deltas' sequence numbers
   * only when some endpoint wants them.
   */
  async enqueue(em: EntityManager, recorded: { eventId: string; propertyId: string }[]): Promise<void> {
    const propertyIds = [...new Set(recorded.map((r) => r.propertyId))];
    const endpoints = await em.findBy(AriPushEndpointEntity, { propertyId: In(propertyIds), enabled: true });
    if (!endpoints.length) return;
    const wanted = new Set(endpoints.map((e) => e.propertyId));
    const deltas = await em.find(AriDeltaEntity, {
      select: { seq: true, propertyId: true, payload: true },
      where: { eventId: In(recorded.filter((r) => wanted.has(r.propertyId)).map((r) => r.eventId)) },
    });
    const now = this.deps.clock.now();
    await em.insert(
      AriPushDeliveryEntity,
      deltas.flatMap((delta) =>
        endpoints
          .filter((e) => e.propertyId === delta.propertyId)
          .map((e) => ({
            id: randomUUID(),
            endpointId: e.id,
            deltaSeq: delta.seq,
            roomTypeId: String(delta.payload.roomTypeId),
            status: 'PENDING' as const,
            attempts: 0,
            nextAttemptAt: now,
            lastError: null,
            deliveredAt: null,
            createdAt: now,
          })),
      ),
    );
  }

  /**
   * Sends every due batch once (endpoints side by side, each endpoint's batches one after the
   * other); returns the deliveries delivered. One run at a time in this process; the kernel's
   * job lock keeps other replicas out.
   */
  deliverDue(): Promise<number> {
    this.inFlight ??= this.runDeliveries().finally(() => (this.inFlight = undefined));
    return this.inFlight;
  }

  private async runDeliveries(): Promise<number> {
    const em = this.deps.db.manager;
    const endpoints = await em.findBy(AriPushEndpointEntity, { enabled: true });
    if (!endpoints.length) return 0;
    const pending = await em.find(AriPushDeliveryEntity, {
      where: { status: 'PENDING', endpointId: In(endpoints.map((e) => e.id)) },
      order: { deltaSeq: 'ASC' },
      take: SCAN_LIMIT,
    });
    const batches = dueBatches(pending, this.deps.clock.now());
    const delivered = await Promise.all(
      endpoints.map(async (endpoint) => {
        let n = 0;
        for (const batch of batches.filter((b) => b[0].endpointId === endpoint.id)) n += await this.send(endpoint, batch);
        return n;
      }),
    );
    return delivered.reduce((a, b) => a + b, 0);
  }

  /** One batch of one room type: delivered on OTA Success, else left pending with the reason and a later try. */
  private async send(endpoint: AriPushEndpointEntity, batch: AriPushDeliveryEntity[]): Promise<number> {
    const em = this.deps.db.manager;
    const property = await em.findOneByOrFail(PropertyEntity, { id: endpoint.propertyId });
    const rows = await em.find(AriDeltaEntity, { where: { seq: In(batch.map((d) => d.deltaSeq)) }, order: { seq: 'ASC' } });
    const echo = String(batch[batch.length - 1].deltaSeq);
    const message = await availNotifRQ(em, property, rows, echo, this.deps.clock.now());
    // a delta of a room type deleted since has nothing left to say: delivered without a message
    const outcome = message.messages ? await postAvailNotif(endpoint, message.xml) : ({ delivered: true } as const);
    const ids = batch.map((d) => d.id);
    const now = this.deps.clock.now();
    return this.deps.db.transaction(async (tx) => {
      if (outcome.delivered) {
        const res = await tx.update(AriPushDeliveryEntity, { id: In(ids), status: 'PENDING' }, { status: 'DELIVERED', deliveredAt: now });
        return res.affected ?? ids.length;
      }
      // the batch waits on its oldest delta's attempts; each row counts the attempts it was part of
      const attempts = batch[0].attempts + 1;
      await tx.update(
        AriPushDeliveryEntity,
        { id: In(ids), status: 'PENDING' },
        { attempts: () => 'attempts + 1', lastError: outcome.reason, nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)) },
      );
      this.deps.logger.warn(
        { endpoint: endpoint.channelCode, deltas: ids.length, reason: outcome.reason },
        'ARI push refused; retried later',
      );
      return 0;
    });
  }
}
