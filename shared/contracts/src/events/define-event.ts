import { z } from 'zod';

/**
 * A cross-domain event contract. `type` follows `hotelops.<domain>.<aggregate>.<verb>.v<N>`;
 * the topic is the aggregate's (`hotelops.<domain>.<aggregate>`), keyed by aggregate id.
 */
export interface EventContract<S extends z.ZodType = z.ZodType> {
  readonly type: string;
  readonly topic: string;
  readonly version: number;
  readonly schema: S;
}

export type PayloadOf<C extends EventContract> = z.infer<C['schema']>;

const TYPE_PATTERN = /^hotelops\.([a-z-]+)\.([a-z-]+)\.([a-z-]+)\.v(\d+)$/;

export function defineEvent<S extends z.ZodType>(type: string, schema: S): EventContract<S> {
  const m = TYPE_PATTERN.exec(type);
  if (!m) throw new Error(`event type "${type}" does not match hotelops.<domain>.<aggregate>.<verb>.v<N>`);
  return Object.freeze({ type, topic: `hotelops.${m[1]}.${m[2]}`, version: Number(m[4]), schema });
}

// Shared payload building blocks.
export const uuid = z.uuid();
export const isoDate = z.iso.date();
export const isoDateTime = z.iso.datetime({ offset: true });
export const money = z.object({ amountMinor: z.number().int(), currency: z.string().regex(/^[A-Z]{3}$/) });
