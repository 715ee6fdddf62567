import { parse } from 'graphql';
import { isSubgraphUnavailable, unavailableAnswer } from '../src/edge/subgraph-unavailable';

describe('a subgraph that is down', () => {
  it('is told apart from a subgraph that answered with an error', () => {
    expect(
      isSubgraphUnavailable(Object.assign(new Error('request to http://x failed, reason: connect ECONNREFUSED'), { code: 'ECONNREFUSED' })),
    ).toBe(true);
    expect(isSubgraphUnavailable({ message: '503: Service Unavailable', extensions: { response: { status: 503 } } })).toBe(true);
    expect(isSubgraphUnavailable({ message: '400: Bad Request', extensions: { response: { status: 400 } } })).toBe(false);
    expect(isSubgraphUnavailable(new Error('Expected JSON response body'))).toBe(false);
  });

  it("is recognised through Node fetch's wrapping, where the socket error is the cause", () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:4001'), { code: 'ECONNREFUSED' });
    expect(isSubgraphUnavailable(new TypeError('fetch failed', { cause: refused }))).toBe(true);
    expect(isSubgraphUnavailable(new TypeError('fetch failed', { cause: new Error('certificate has expired') }))).toBe(false);
  });

  it('answers an entity fetch with one error per entity and field, in the fetch’s own paths', () => {
    const query =
      'query($representations:[_Any!]!){_entities(representations:$representations){...on Reservation{fnbOrders{id} c:cases{number}}}}';
    const answer = unavailableAnswer({
      subgraph: 'fnb',
      document: parse(query),
      variables: {
        representations: [
          { __typename: 'Reservation', id: 'a' },
          { __typename: 'Reservation', id: 'b' },
        ],
      },
    });
    expect(answer.errors.map((e) => e.path)).toEqual([
      ['_entities', 0, 'fnbOrders'],
      ['_entities', 0, 'c'],
      ['_entities', 1, 'fnbOrders'],
      ['_entities', 1, 'c'],
    ]);
    expect(answer.errors[0]).toMatchObject({
      message: 'Subgraph fnb is unavailable: Reservation.fnbOrders could not be resolved',
      extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'SUBGRAPH.UNAVAILABLE', subgraph: 'fnb' },
    });
  });

  it('answers a root fetch with an error per root field', () => {
    const answer = unavailableAnswer({
      subgraph: 'fnb',
      document: parse('{ outlets(propertyId: "p") { name } o: outlet(id: "x") { name } }'),
    });
    expect(answer.errors.map((e) => e.path)).toEqual([['outlets'], ['o']]);
  });
});
