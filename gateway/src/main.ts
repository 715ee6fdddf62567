import { ConfigError } from '@hotelops/kernel/config';
import { installShutdown } from '@hotelops/kernel/http';
import { createLogger, initTracing, type TracingHandle } from '@hotelops/kernel/observability';
import { loadGatewayConfig } from './config';
import { GatewayServer } from './gateway-server';

async function main() {
  const logger = createLogger('gateway');
  let server: GatewayServer;
  let tracing: TracingHandle | undefined;
  try {
    const config = loadGatewayConfig();
    tracing = initTracing({ serviceName: 'gateway', otlpEndpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT });
    server = new GatewayServer(config, undefined, { logger });
    await server.start();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(78);
    }
    logger.fatal({ err }, 'gateway start-up failed');
    process.exit(1);
  }
  installShutdown(logger, async () => {
    await server.stop();
    await tracing?.shutdown();
  });
}
void main();
