import { baseConfigSchema, ConfigError, loadConfig } from '../config/config';
import { createLogger } from '../observability/logger';
import { initTracing, type TracingHandle } from '../observability/tracing';
import { installShutdown } from '../http/shutdown';
import { SubgraphApp, type SubgraphDefinition } from './subgraph-app';

/**
 * Process entry for one subgraph (production mode: one process per subgraph). Exits non-zero
 * with a message naming each bad variable when the config is invalid; drains on SIGTERM/SIGINT.
 */
export async function runSubgraphMain(definition: SubgraphDefinition, defaultPort: number): Promise<void> {
  const logger = createLogger(definition.name);
  let app: SubgraphApp;
  let tracing: TracingHandle | undefined;
  try {
    const config = loadConfig(baseConfigSchema, { PORT: String(defaultPort), ...process.env });
    tracing = initTracing({ serviceName: definition.name, otlpEndpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT });
    app = new SubgraphApp(definition, { config, logger });
    await app.start();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(78); // EX_CONFIG
    }
    logger.fatal({ err }, 'start-up failed');
    process.exit(1);
  }
  installShutdown(logger, async () => {
    await app.stop();
    await tracing?.shutdown();
  });
}
