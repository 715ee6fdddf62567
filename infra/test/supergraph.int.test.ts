import { readFileSync } from 'node:fs';
import { DEFAULT_SUPERGRAPH_PATH } from '@hotelops/gateway';
import { composeSupergraph } from '../src/compose/compose-supergraph';

describe('committed supergraph', () => {
  it('composes without errors and matches gateway/supergraph.graphql (run `npm run compose` when this fails)', async () => {
    const composed = await composeSupergraph();
    expect(readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8')).toBe(composed);
  });
});
