import { stockPolicyProblem } from '../src/item/item.rules';

describe('item stock policy', () => {
  it('accepts a reorder point at or below par', () => {
    expect(stockPolicyProblem(600, 200)).toBeNull();
    expect(stockPolicyProblem(10, 10)).toBeNull();
    expect(stockPolicyProblem(0, 0)).toBeNull();
  });

  it('names the field that is wrong', () => {
    expect(stockPolicyProblem(100, 150)).toEqual({ field: 'reorderPoint', message: 'reorderPoint (150) must not exceed parLevel (100)' });
    expect(stockPolicyProblem(-1, 0)).toMatchObject({ field: 'parLevel' });
    expect(stockPolicyProblem(5, -1)).toMatchObject({ field: 'reorderPoint' });
  });
});
