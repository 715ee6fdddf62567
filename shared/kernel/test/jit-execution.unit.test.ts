import { ApolloServer } from '@apollo/server';
import { GraphQLInputObjectType, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { jitExecution } from '@hotelops/kernel';

const Greeting = new GraphQLInputObjectType({
  name: 'Greeting',
  fields: {
    name: { type: new GraphQLNonNull(GraphQLString) },
    punctuation: { type: new GraphQLNonNull(GraphQLString), defaultValue: '!' },
  },
});
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      hello: { type: GraphQLString, args: { name: { type: GraphQLString, defaultValue: 'desk' } }, resolve: (_r, a) => `hello ${a.name}` },
      greet: {
        type: GraphQLString,
        args: { greeting: { type: new GraphQLNonNull(Greeting) } },
        resolve: (_r, a) => `${a.greeting.name}${a.greeting.punctuation}`,
      },
      broken: {
        type: GraphQLString,
        resolve: () => {
          throw Object.assign(new Error('No access to property p1'), { code: 'AUTH.PROPERTY_FORBIDDEN' });
        },
      },
      caller: { type: GraphQLString, resolve: (_r, _a, ctx: { who: string }) => ctx.who },
    },
  }),
});

describe('jit execution of subgraph operations', () => {
  const seen: unknown[] = [];
  const server = new ApolloServer<{ who: string }>({
    gateway: jitExecution(schema),
    formatError: (formatted, error) => {
      seen.push((error as { originalError?: unknown }).originalError);
      return formatted;
    },
  });
  beforeAll(() => server.start());
  afterAll(() => server.stop());
  const run = async (query: string, variables?: Record<string, unknown>) => {
    const r = await server.executeOperation({ query, variables }, { contextValue: { who: 'front desk' } });
    return r.body.kind === 'single' ? r.body.singleResult : undefined;
  };

  it('answers reads as graphql-js does, argument defaults and context included', async () => {
    expect((await run('{ hello caller other: hello(name: "night audit") }'))?.data).toEqual({
      hello: 'hello desk',
      caller: 'front desk',
      other: 'hello night audit',
    });
  });

  it("fills an input object's default fields (those operations run on graphql-js)", async () => {
    expect((await run('query($g: Greeting!) { greet(greeting: $g) }', { g: { name: 'Wang' } }))?.data).toEqual({ greet: 'Wang!' });
    expect((await run('{ greet(greeting: { name: "Li" }) }'))?.data).toEqual({ greet: 'Li!' });
  });

  it('hands a resolver error to the error formatter with its path, location and the error thrown', async () => {
    seen.length = 0;
    const r = await run('{ hello broken }');
    expect(r?.data).toEqual({ hello: 'hello desk', broken: null });
    expect(r?.errors).toEqual([
      expect.objectContaining({ message: 'No access to property p1', path: ['broken'], locations: [{ line: 1, column: 9 }] }),
    ]);
    expect(seen).toEqual([expect.objectContaining({ code: 'AUTH.PROPERTY_FORBIDDEN' })]);
  });
});
