import { answerProblem, csatPercent, netPromoterScore } from '../src/survey/survey.rules';

describe('satisfaction measures', () => {
  it('CSAT is the share of 4–5 scores, one decimal', () => {
    expect(csatPercent(2, 3)).toBe(66.7);
    expect(csatPercent(0, 4)).toBe(0);
    expect(csatPercent(0, 0)).toBeNull();
  });
  it('NPS is percent promoters minus percent detractors', () => {
    expect(netPromoterScore(2, 1, 3)).toBe(33.3);
    expect(netPromoterScore(0, 2, 3)).toBe(-66.7);
    expect(netPromoterScore(5, 0, 5)).toBe(100);
    expect(netPromoterScore(0, 0, 0)).toBeNull();
  });
});

describe('survey answers', () => {
  const ok = { npsScore: 7, csatScore: 4, ratings: [{ departmentId: 'd1', outletId: null, score: 4 }] };
  it('accepts a valid answer and names what is wrong with a bad one', () => {
    expect(answerProblem(ok)).toBeNull();
    expect(answerProblem({ ...ok, npsScore: 11 })).toBe('npsScore must be a whole number 0–10 (got 11)');
    expect(answerProblem({ ...ok, csatScore: 0 })).toBe('csatScore must be a whole number 1–5 (got 0)');
    expect(answerProblem({ ...ok, ratings: [{ departmentId: null, outletId: null, score: 3 }] })).toBe(
      'each rating names exactly one of departmentId or outletId',
    );
    expect(answerProblem({ ...ok, ratings: [...ok.ratings, { departmentId: 'd1', outletId: null, score: 2 }] })).toBe(
      'department d1 is rated twice',
    );
  });
});
