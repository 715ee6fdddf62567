import { scorecardProblem, weightedScore } from '../src/qa/qa.rules';

describe('QA scorecards', () => {
  const criteria = [
    { id: 'e', name: 'Empathy', weight: 3 },
    { id: 'a', name: 'Accuracy', weight: 1 },
  ];
  it('scores the weighted mean of the criteria, one decimal', () => {
    expect(
      weightedScore(
        criteria,
        new Map([
          ['e', 90],
          ['a', 50],
        ]),
      ),
    ).toEqual({ ok: true, total: 80 });
    expect(
      weightedScore(
        criteria,
        new Map([
          ['e', 77],
          ['a', 0],
        ]),
      ),
    ).toEqual({ ok: true, total: 57.8 });
  });
  it('names missing, unknown and out-of-range scores', () => {
    expect(weightedScore(criteria, new Map([['e', 90]]))).toEqual({ ok: false, problem: 'missing scores for: Accuracy' });
    expect(
      weightedScore(
        criteria,
        new Map([
          ['e', 90],
          ['a', 1],
          ['x', 5],
        ]),
      ),
    ).toEqual({ ok: false, problem: 'criteria not on this scorecard: x' });
    expect(
      weightedScore(
        criteria,
        new Map([
          ['e', 101],
          ['a', 1],
        ]),
      ),
    ).toEqual({ ok: false, problem: 'score for e must be a whole number 0–100 (got 101)' });
  });
  it('checks a scorecard has distinct, positively weighted criteria', () => {
    expect(scorecardProblem([])).toBe('a scorecard needs at least one criterion');
    expect(scorecardProblem([{ name: 'A', weight: 0 }])).toBe("weight of 'A' must be a whole number ≥ 1 (got 0)");
    expect(
      scorecardProblem([
        { name: 'A', weight: 1 },
        { name: 'A', weight: 2 },
      ]),
    ).toBe("criterion 'A' appears twice");
  });
});
