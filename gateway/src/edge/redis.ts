import { createClient } from 'redis';

export type RedisClient = ReturnType<typeof createClient>;

/** A connected node-redis client; errors after start-up are logged, and node-redis reconnects on its own. */
export async function connectRedis(url: string, onError: (err: Error) => void): Promise<RedisClient> {
  const client = createClient({ url, socket: { connectTimeout: 5000, reconnectStrategy: (retries) => Math.min(retries * 100, 2000) } });
  client.on('error', onError);
  await client.connect();
  return client;
}
