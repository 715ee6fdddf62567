import { dueBatches, endpointProblem, pushOutcome, retryDelayMs } from '../src/ota/ari-push.rules';

const at = (s: number) => new Date(Date.UTC(2030, 0, 1, 0, 0, s));
const d = (id: string, roomTypeId: string, deltaSeq: number, due: number) => ({
  id,
  endpointId: 'e1',
  roomTypeId,
  deltaSeq,
  nextAttemptAt: at(due),
});

describe('ARI push rules', () => {
  it('doubles the wait from 5 s up to 15 minutes', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect(retryDelayMs(30)).toBe(15 * 60_000);
  });

  it('sends per room type in seq order, and only when the oldest is due', () => {
    const batches = dueBatches([d('b', 'DBL', 7, 0), d('a', 'DBL', 3, 0), d('s', 'SGL', 5, 60), d('t', 'SGL', 9, 0)], at(10));
    // SGL's oldest (seq 5) is not due: seq 9 waits behind it
    expect(batches.map((b) => b.map((x) => x.id))).toEqual([['a', 'b']]);
    expect(dueBatches([d('a', 'DBL', 1, 0), d('b', 'DBL', 2, 0), d('c', 'DBL', 3, 0)], at(0), 2).map((b) => b.length)).toEqual([2]);
  });

  it('delivers only on a 2xx OTA Success without Errors', () => {
    expect(pushOutcome(200, { success: true, errors: [] })).toEqual({ delivered: true });
    expect(pushOutcome(200, { success: false, errors: ['402 Invalid room type'] })).toEqual({
      delivered: false,
      reason: 'OTA Errors: 402 Invalid room type',
    });
    expect(pushOutcome(503, undefined)).toEqual({ delivered: false, reason: 'HTTP 503' });
    expect(pushOutcome(200, undefined).delivered).toBe(false);
    expect(pushOutcome(200, { success: false, errors: [] }).delivered).toBe(false);
  });

  it('accepts an http(s) URL with a plain credential header, nothing else', () => {
    expect(
      endpointProblem({ url: 'https://cm.example/ari', authHeaderName: 'Authorization', authHeaderValue: 'Bearer x' }),
    ).toBeUndefined();
    expect(endpointProblem({ url: 'file:///etc/passwd' })?.field).toBe('url');
    expect(endpointProblem({ url: 'not a url' })?.field).toBe('url');
    expect(endpointProblem({ url: 'https://u:p@cm.example/' })?.field).toBe('url');
    expect(endpointProblem({ url: 'https://cm.example/', authHeaderName: 'X-Key' })?.field).toBe('authHeaderValue');
    expect(endpointProblem({ url: 'https://cm.example/', authHeaderName: 'Host', authHeaderValue: 'x' })?.field).toBe('authHeaderName');
    expect(endpointProblem({ url: 'https://cm.example/', authHeaderName: 'X-Key', authHeaderValue: 'a\r\nb' })?.field).toBe(
      'authHeaderValue',
    );
  });
});
