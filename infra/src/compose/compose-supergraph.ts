import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { printSubgraphSdl } from '@hotelops/kernel';
import { SUBGRAPHS } from '../subgraphs';

/** Composes the five subgraphs' schemas into the supergraph; throws listing every composition error. */
export async function composeSupergraph(): Promise<string> {
  const services = await Promise.all(
    SUBGRAPHS.map(async ({ definition, port }) => ({
      name: definition.name,
      url: `http://127.0.0.1:${port}/graphql`,
      typeDefs: parse(await printSubgraphSdl(definition)),
    })),
  );
  const result = composeServices(services);
  if (result.errors?.length) {
    throw new Error('Supergraph composition failed:\n' + result.errors.map((e) => `  - ${e.message}`).join('\n'));
  }
  return result.supergraphSdl!;
}
