import { KernelJobRuns1764201600020 } from '../app/job-runs.migration';
import { KernelJobRunLeases1764201600030 } from '../app/job-run-leases.migration';
import { DeadLetterRow } from './dead-letter.entity';
import { KernelDeadLetters1764201600010 } from './dead-letters.migration';
import { KernelEventTables1764201600000 } from './kernel-tables.migration';
import { InboxRow, OutboxRow } from './outbox.entity';

/** The kernel's own tables in every subgraph's database; listed before the subgraph's. */
export const KERNEL_ENTITIES = [OutboxRow, InboxRow, DeadLetterRow];
export const KERNEL_MIGRATIONS = [
  KernelEventTables1764201600000,
  KernelDeadLetters1764201600010,
  KernelJobRuns1764201600020,
  KernelJobRunLeases1764201600030,
];
