import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PersistedQueryAllowList } from '@hotelops/gateway';
import { CLIENTS_DIR, generateClientOperations } from '../src/codegen/client-operations';

describe('client operations', () => {
  it('are generated from the committed supergraph: run `npm run codegen` and commit clients/operations when this fails', async () => {
    const files = await generateClientOperations();
    for (const [name, text] of Object.entries(files))
      expect({ name, text: readFileSync(join(CLIENTS_DIR, name), 'utf8') }).toEqual({ name, text });
  });

  it('publish a manifest the gateway accepts, with operations for every front end', () => {
    const path = join(CLIENTS_DIR, 'persisted-operations.json');
    expect(PersistedQueryAllowList.fromFile(path).size).toBeGreaterThanOrEqual(8);
    const texts = Object.values(JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>);
    for (const name of [
      'FrontDeskList',
      'CheckIn',
      'HousekeepingRooms',
      'SetRoomHousekeepingStatus',
      'TabletFloor',
      'TabletMenu',
      'DutyManagerWatchlists',
    ])
      expect(texts.some((t) => t.includes(` ${name}`))).toBe(true);
  });
});
