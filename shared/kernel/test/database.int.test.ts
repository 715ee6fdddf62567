import { Database, KERNEL_ENTITIES, KERNEL_MIGRATIONS, Outbox, OutboxRow, createLogger } from '@hotelops/kernel';
import { OrderSettled } from '@hotelops/contracts';
import { createPgDatabase, orderSettlement, testConfig } from '@hotelops/testing';

const open = (service: string, url: string) => {
  const db = new Database({
    service,
    databaseUrl: url,
    dataDir: testConfig().DATA_DIR,
    entities: KERNEL_ENTITIES,
    migrations: KERNEL_MIGRATIONS,
    logger: createLogger(service, 'silent'),
  });
  return db.open().then(() => db);
};

describe('subgraphs sharing one PostgreSQL database', () => {
  it('keep their tables apart, each in a schema of its own', async () => {
    const pg = await createPgDatabase('hotelops_shared');
    const fnb = await open('fnb', pg.url);
    const care = await open('care', pg.url);
    try {
      const orderId = '0b6f1c9e-3c3b-4c53-9a43-2f1d6d7f0a11';
      await fnb.transaction((em) =>
        new Outbox('fnb').add(em, OrderSettled, orderSettlement(orderId), {
          subject: orderId,
          propertyId: orderSettlement(orderId).propertyId,
        }),
      );
      expect(await fnb.manager.count(OutboxRow)).toBe(1);
      expect(await care.manager.count(OutboxRow)).toBe(0);
      const schemas = await fnb.dataSource.query(
        `SELECT table_schema FROM information_schema.tables WHERE table_name = 'outbox' ORDER BY 1`,
      );
      expect(schemas.map((r: { table_schema: string }) => r.table_schema)).toEqual(['care', 'fnb']);
    } finally {
      await fnb.close();
      await care.close();
      await pg.drop();
    }
  });
});
