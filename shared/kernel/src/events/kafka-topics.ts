import type { Admin } from 'kafkajs';

/** kafkajs error type names, from a protocol error or an aggregate of them. */
export function kafkaErrorTypes(err: unknown): string[] {
  const e = err as { type?: string; errors?: { type?: string }[]; cause?: unknown };
  if (e.errors?.length) return e.errors.map((x) => x.type ?? '');
  if (e.type) return [e.type];
  return e.cause ? kafkaErrorTypes(e.cause) : [];
}

/** Errors of a topic that is not there (yet, or any more): create it or wait, then retry. */
export const MISSING_TOPIC_ERRORS = new Set(['UNKNOWN_TOPIC_OR_PARTITION', 'LEADER_NOT_AVAILABLE', 'UNKNOWN_TOPIC_ID']);
const RETRIABLE_CREATE_ERRORS = new Set([...MISSING_TOPIC_ERRORS, 'NOT_CONTROLLER', 'REQUEST_TIMED_OUT', 'TOPIC_ALREADY_EXISTS']);

export const isMissingTopicError = (err: unknown) => kafkaErrorTypes(err).some((t) => MISSING_TOPIC_ERRORS.has(t));

export interface TopicSpec {
  partitions: number;
  replicationFactor: number;
  /** how long to keep trying before giving up with an error naming the topics */
  timeoutMs: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Makes sure every topic exists and is usable: creates the missing ones and waits until each
 * partition of each has a leader in the cluster's metadata. Race-safe: when another replica (or
 * another subgraph) creates the same topic meanwhile, "already exists" only means "keep
 * waiting until it is visible" — subscribing before that fails.
 */
export async function ensureTopicsExist(admin: Admin, topics: string[], spec: TopicSpec): Promise<void> {
  const deadline = Date.now() + spec.timeoutMs;
  let lastError: unknown;
  for (let attempt = 1; ; attempt++) {
    try {
      const pending = await unusableTopics(admin, topics);
      if (pending.missing.length === 0 && pending.leaderless.length === 0) return;
      if (pending.missing.length > 0) {
        await admin
          .createTopics({
            waitForLeaders: false,
            topics: pending.missing.map((topic) => ({ topic, numPartitions: spec.partitions, replicationFactor: spec.replicationFactor })),
          })
          .catch((err) => {
            if (!kafkaErrorTypes(err).every((t) => RETRIABLE_CREATE_ERRORS.has(t))) throw err;
          });
      }
      lastError = new Error(`topics not ready: ${[...pending.missing, ...pending.leaderless].join(', ')}`);
    } catch (err) {
      if (!kafkaErrorTypes(err).every((t) => RETRIABLE_CREATE_ERRORS.has(t)) && !isConnectionError(err)) throw err;
      lastError = err;
    }
    if (Date.now() > deadline) throw lastError;
    await sleep(Math.min(1000, 50 * attempt));
  }
}

/** Topics the cluster does not know, and known ones with a partition that has no leader yet. */
async function unusableTopics(admin: Admin, topics: string[]): Promise<{ missing: string[]; leaderless: string[] }> {
  const known = new Set(await admin.listTopics());
  const missing = topics.filter((t) => !known.has(t));
  const present = topics.filter((t) => known.has(t));
  if (present.length === 0) return { missing, leaderless: [] };
  try {
    const { topics: metadata } = await admin.fetchTopicMetadata({ topics: present });
    const leaderless = metadata.filter((t) => t.partitions.length === 0 || t.partitions.some((p) => p.leader < 0)).map((t) => t.name);
    return { missing, leaderless };
  } catch (err) {
    if (!isMissingTopicError(err)) throw err;
    return { missing, leaderless: present };
  }
}

/** A broker that is down or restarting: the caller retries until its deadline. */
export function isConnectionError(err: unknown): boolean {
  const name = (err as { name?: string }).name ?? '';
  return /Connection|BrokerNotFound|NumberOfRetriesExceeded|Timeout|MetadataNotLoaded/.test(name);
}
