import {
  DEFAULT_LIMITS,
  amountProblem,
  formatAmount,
  limitOf,
  limitsProblem,
  requiredTier,
  tierOf,
} from '../src/compensation/compensation.rules';

describe('compensation approval limits', () => {
  const limits = { agentLimitMinor: 10_000, supervisorLimitMinor: 50_000 };
  it('needs the lowest tier whose limit covers the amount', () => {
    expect(requiredTier(10_000, limits)).toBe('AGENT');
    expect(requiredTier(10_001, limits)).toBe('SUPERVISOR');
    expect(requiredTier(50_000, limits)).toBe('SUPERVISOR');
    expect(requiredTier(50_001, limits)).toBe('MANAGER');
    expect(limitOf('MANAGER', limits)).toBe(Number.POSITIVE_INFINITY);
  });
  it('gives a caller the highest tier of their roles', () => {
    expect(tierOf(['care-agent'])).toBe('AGENT');
    expect(tierOf(['care-agent', 'care-supervisor'])).toBe('SUPERVISOR');
    expect(tierOf(['duty-manager'])).toBe('MANAGER');
    expect(tierOf(['general-manager'])).toBe('MANAGER');
    expect(tierOf(['front-desk'])).toBeNull();
  });
  it('names bad limits and amounts', () => {
    expect(limitsProblem(DEFAULT_LIMITS)).toBeNull();
    expect(limitsProblem({ agentLimitMinor: -1, supervisorLimitMinor: 5 })).toMatch(/agentLimitMinor must be a whole amount ≥ 0/);
    expect(amountProblem(0, 'CNY')).toBe('amountMinor must be a positive whole amount (got 0)');
    expect(amountProblem(100, 'cny')).toBe("currency must be an ISO-4217 code such as CNY (got 'cny')");
    expect(formatAmount(150_000, 'CNY')).toBe('1,500.00 CNY');
  });
});
