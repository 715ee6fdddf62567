import 'reflect-metadata';
import { resolve } from 'node:path';
import { ApiKeyStore, GatewayServer, explorerEnabled, loadGatewayConfig } from '@hotelops/gateway';
import {
  ConfigError,
  InProcessTransport,
  SubgraphApp,
  baseConfigSchema,
  createLogger,
  initTracing,
  installShutdown,
  loadConfig,
} from '@hotelops/kernel';
import { SUBGRAPHS } from '../subgraphs';
import { DEMO_PARTNER, issueDemoPartnerKey } from './demo-partner-key';
import { mintDemoToken } from './demo-token';
import { devSecrets } from './dev-secrets';
import { seedDemoHotel } from './seed-demo-hotel';

/**
 * `npm start`: the whole platform in one process — five subgraphs on their own ports, the
 * gateway on :4000, SQLite files under ./data, events over the in-process transport (or Kafka
 * and PostgreSQL when KAFKA_BROKERS / DATABASE_URL are set). Seeds a demo hotel on first start.
 */
async function main() {
  const logger = createLogger('embedded');
  const dataDir = resolve(process.env.DATA_DIR ?? './data');
  const secrets = devSecrets(dataDir);
  // One tracer provider for the whole process when OTEL_EXPORTER_OTLP_ENDPOINT is set.
  const tracing = initTracing({ serviceName: 'hotelops-embedded', otlpEndpoint: process.env.OTEL_EXPORTER_OTLP_ENDPOINT });
  const transport = new InProcessTransport();
  const apps: Record<string, SubgraphApp> = {};
  let gateway: GatewayServer;
  let apiKeys: ApiKeyStore | undefined;
  try {
    for (const { definition, port } of SUBGRAPHS) {
      const config = loadConfig(baseConfigSchema, { LOG_LEVEL: 'warn', ...process.env, ...secrets, DATA_DIR: dataDir, PORT: String(port) });
      apps[definition.name] = new SubgraphApp(definition, { config, transport, logger: createLogger(definition.name, config.LOG_LEVEL) });
    }
    // Consumers subscribe before any relay publishes, so no in-process event is missed.
    for (const app of Object.values(apps)) await app.start({ relay: false });
    const demo = await seedDemoHotel(apps);
    for (const app of Object.values(apps)) app.startRelay();

    const gatewayConfig = loadGatewayConfig({
      ...process.env,
      ...secrets,
      DATA_DIR: dataDir,
      HOST: process.env.HOST ?? '127.0.0.1',
      SUBGRAPH_URLS: Object.values(apps)
        .map((a) => `${a.definition.name}=${a.url}`)
        .join(','),
    });
    // The gateway's key store, opened here so the demo partner key can be issued into it.
    apiKeys = await ApiKeyStore.open({ databaseUrl: gatewayConfig.GATEWAY_DATABASE_URL, dataDir: resolve(gatewayConfig.DATA_DIR), logger });
    gateway = new GatewayServer(gatewayConfig, undefined, { logger, apiKeys });
    await gateway.start();
    const partnerKey = await issueDemoPartnerKey(apiKeys, demo.propertyId);

    const token = await mintDemoToken(demo, {
      secret: secrets.JWT_SECRET,
      issuer: gatewayConfig.JWT_ISSUER,
      audience: gatewayConfig.JWT_AUDIENCE,
    });
    console.log(
      [
        '',
        `HotelOps is running: GraphQL endpoint ${gateway.url}`,
        `Demo hotel property id: ${demo.propertyId} (${demo.reservationIds.length} reservations, ${demo.employees} staff)`,
        'A token of the demo general manager (employee ' + demo.generalManagerId + ', valid 30 days):',
        `  export TOKEN=${token}`,
        `A partner key of the ${DEMO_PARTNER.name}, bound to channel ${DEMO_PARTNER.channel} (x-api-key; OTA at /ota/HotelResNotif):`,
        `  export PARTNER_KEY=${partnerKey}`,
        ...(explorerEnabled(gatewayConfig)
          ? [`API explorer (paste the token into its Headers tab): ${new URL('/explorer', gateway.url)}`]
          : []),
        '',
      ].join('\n'),
    );
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(78);
    }
    logger.fatal({ err }, 'embedded start-up failed');
    await Promise.allSettled(Object.values(apps).map((a) => a.stop()));
    await apiKeys?.close();
    process.exit(1);
  }
  installShutdown(logger, async () => {
    await gateway.stop();
    await apiKeys?.close();
    // Stop in reverse so consumers finish before the transport goes quiet.
    for (const app of Object.values(apps).reverse()) await app.stop();
    await tracing?.shutdown();
  });
}

void main();
