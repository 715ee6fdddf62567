import pino, { type Logger } from 'pino';

export type { Logger };

/** JSON logs on stdout; every line carries the service name, request lines carry ids. */
export function createLogger(service: string, level: string = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    name: service,
    level,
    base: { service },
    redact: { paths: ['req.headers.authorization', '*.password', '*.apiKey'], remove: true },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}
