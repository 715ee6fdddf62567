import type { AggregateKind } from '@hotelops/kernel';
import { CaseEntity } from './case.entity';

/** What the kernel needs to load a case for a change: its table, and how a missing one is reported. */
export const CASE: AggregateKind<CaseEntity> = { entity: CaseEntity, notFound: 'CASE.NOT_FOUND', noun: 'Case' };
