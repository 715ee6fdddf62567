import type { EntityManager } from 'typeorm';
import { FolioPosted, FolioPostingRejected } from '@hotelops/contracts';
import { causedBy, type EventEnvelope, type ServiceDeps } from '@hotelops/kernel';
import type { FolioService } from '../folio/folio.service';
import type { GroupBlockService } from '../group/group-block.service';

/** A posting another domain asks for; its sourceRef (e.g. `care-compensation:<id>`) names the sender's record. */
export interface PostingRequest {
  propertyId: string;
  kind: 'CHARGE' | 'ALLOWANCE';
  description: string;
  amount: { amountMinor: number; currency: string };
  sourceRef: string;
}

/**
 * Every posting other domains ask for gets a visible fate, in the transaction of the event that
 * asked: FolioPosted when it landed (once per sourceRef), FolioPostingRejected with the reason
 * when it cannot for a business reason (unknown stay, other property, other currency, a charge
 * on a closed folio). Nothing is dead-lettered for a business reason; the sender learns it.
 */
export class DomainPostingsService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly c: { folios: FolioService; groupBlocks: GroupBlockService },
  ) {}

  /** To a stay's folio; an allowance after check-out lands as a post-stay adjustment (a refund due). */
  async toStay(em: EntityManager, reservationId: string, request: PostingRequest, cause: EventEnvelope): Promise<void> {
    const line = { ...request, amountMinor: request.amount.amountMinor, currency: request.amount.currency };
    const result = await this.c.folios.postRequested(em, reservationId, line);
    if ('problem' in result) return this.reject(em, reservationId, request, result.problem, cause);
    await this.deps.outbox.add(
      em,
      FolioPosted,
      {
        ...this.source(reservationId, request),
        folioId: result.folio.id,
        groupBlockId: null,
        lineId: result.line.id,
        kind: result.line.kind,
        postStay: result.folio.status === 'CLOSED',
        postedAt: result.line.postedAt.toISOString(),
      },
      { subject: reservationId, propertyId: request.propertyId },
      causedBy(cause),
    );
  }

  /** To a group block's account (a banquet the group pays for). */
  async toGroup(em: EntityManager, groupBlockId: string, request: PostingRequest, cause: EventEnvelope): Promise<void> {
    const block = await this.c.groupBlocks.findInProperty(em, groupBlockId, request.propertyId);
    if (!block) {
      const problem = { code: 'GROUP_BLOCK.NOT_FOUND', reason: `no group block ${groupBlockId} in property ${request.propertyId}` };
      return this.reject(em, null, request, problem, cause);
    }
    if (block.currency !== request.amount.currency) {
      const problem = {
        code: 'FOLIO.CURRENCY_MISMATCH',
        reason: `the group's account is in ${block.currency}; the posting is in ${request.amount.currency}`,
      };
      return this.reject(em, null, request, problem, cause);
    }
    const posting = await this.c.folios.postToAccount(em, { kind: 'GROUP', id: groupBlockId }, request);
    await this.deps.outbox.add(
      em,
      FolioPosted,
      {
        ...this.source(null, request),
        folioId: null,
        groupBlockId,
        lineId: posting.id,
        kind: request.kind,
        postStay: false,
        postedAt: posting.postedAt.toISOString(),
      },
      { subject: groupBlockId, propertyId: request.propertyId },
      causedBy(cause),
    );
  }

  private async reject(
    em: EntityManager,
    reservationId: string | null,
    request: PostingRequest,
    problem: { code: string; reason: string },
    cause: EventEnvelope,
  ): Promise<void> {
    this.deps.logger.warn({ sourceRef: request.sourceRef, ...problem }, 'posting from another domain rejected');
    await this.deps.outbox.add(
      em,
      FolioPostingRejected,
      { ...this.source(reservationId, request), ...problem, rejectedAt: this.deps.clock.now().toISOString() },
      { subject: reservationId ?? request.sourceRef, propertyId: request.propertyId },
      causedBy(cause),
    );
  }

  private source(reservationId: string | null, request: PostingRequest) {
    return { propertyId: request.propertyId, reservationId, sourceRef: request.sourceRef, amount: request.amount };
  }
}
