import { ConfigError, createLogger, installShutdown } from '@hotelops/kernel';
import { loadGatewayConfig } from './config';
import { GatewayServer } from './gateway-server';

async function main() {
  const logger = createLogger('gateway');
  let server: GatewayServer;
  try {
    server = new GatewayServer(loadGatewayConfig(), undefined, logger);
    await server.start();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(78);
    }
    logger.fatal({ err }, 'gateway start-up failed');
    process.exit(1);
  }
  installShutdown(logger, () => server.stop());
}
void main();
