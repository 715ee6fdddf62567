import { selectionKey, sliceAnswer } from '../src/fetch/entity-batches';

describe('merged entity answers', () => {
  it('keys a fetch by its document without the operation name the planner gave it', () => {
    const one =
      'query Board__care__1($representations:[_Any!]!){_entities(representations:$representations){...on Reservation{cases{number}}}}';
    const two = one.replace('Board__care__1', 'Board__care__4');
    expect(selectionKey(one)).toBe(selectionKey(two));
    expect(selectionKey(one)).not.toBe(selectionKey(one.replace('number', 'status')));
  });

  it('gives a caller its slice, the errors of its entities re-indexed, and the errors of the whole call', () => {
    const answer = {
      data: { _entities: ['a0', 'a1', 'b0', 'b1', 'b2'] },
      errors: [
        { message: 'a1 failed', path: ['_entities', 1, 'x'] },
        { message: 'b2 failed', path: ['_entities', 4, 'y', 0] },
        { message: 'whole call' },
      ],
      extensions: { cost: 3 },
    };
    expect(sliceAnswer(answer, 2, 3)).toEqual({
      data: { _entities: ['b0', 'b1', 'b2'] },
      errors: [{ message: 'b2 failed', path: ['_entities', 2, 'y', 0] }, { message: 'whole call' }],
      extensions: { cost: 3 },
    });
    expect(sliceAnswer(answer, 0, 2).errors).toEqual([{ message: 'a1 failed', path: ['_entities', 1, 'x'] }, { message: 'whole call' }]);
    expect(sliceAnswer({ data: null, errors: [{ message: 'down' }] }, 2, 3)).toEqual({ data: null, errors: [{ message: 'down' }] });
  });
});
