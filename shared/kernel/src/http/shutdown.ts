/**
 * SIGTERM/SIGINT → graceful stop; 25 s, or a second SIGINT (Ctrl-C twice), forces exit.
 * A repeated SIGTERM does not: container runtimes and init processes may deliver it again
 * (podman's stop, tini forwarding to the group) while the drain is in progress, and cutting the
 * drain short then would drop requests and events it is there to finish.
 */
export function installShutdown(logger: { info(msg: string): void; error(o: object, msg: string): void }, stop: () => Promise<void>): void {
  let stopping = false;
  const onSignal = (signal: string) => {
    if (stopping) {
      if (signal === 'SIGINT') process.exit(1);
      logger.info(`${signal} again: still draining`);
      return;
    }
    stopping = true;
    logger.info(`${signal}: draining`);
    setTimeout(() => process.exit(1), 25_000).unref();
    stop().then(
      () => process.exit(0),
      (err) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => onSignal('SIGTERM'));
  process.on('SIGINT', () => onSignal('SIGINT'));
}
