/*
 * A status machine declared as data: which actions move an aggregate from which statuses to
 * which. Pure (no I/O, no frameworks), so domain *.rules.ts files build theirs from it and the
 * kernel's transitionAggregate() applies it inside a transaction.
 */

export interface Transition<S extends string> {
  readonly from: readonly S[];
  readonly to: S;
  /** how the action reads in an error: "settle", "send to the kitchen" (default: the action's name) */
  readonly verb?: string;
}

export type TransitionResult<S extends string> =
  | { readonly ok: true; readonly from: S; readonly to: S }
  | { readonly ok: false; readonly from: S; readonly reason: string; readonly allowedFrom: readonly S[] };

export interface StateMachine<S extends string, A extends string> {
  /** what the aggregate is called in messages ("order", "case") */
  readonly noun: string;
  readonly statuses: readonly S[];
  readonly actions: readonly A[];
  /** The status after `action`, or why it is not allowed from `from`. */
  transition(from: S, action: A): TransitionResult<S>;
  /** Actions allowed from a status (for clients that grey out buttons). */
  allowedFrom(status: S): A[];
}

/**
 * An action has one row, or several when where it leads depends on where it starts
 * (reassigning a case that is being worked keeps its status; assigning a new one moves it on).
 */
export function stateMachine<S extends string, A extends string>(
  noun: string,
  statuses: readonly S[],
  transitions: Readonly<Record<A, Transition<S> | readonly Transition<S>[]>>,
): StateMachine<S, A> {
  const actions = Object.keys(transitions) as A[];
  const rows = (action: A): readonly Transition<S>[] => [transitions[action]].flat();
  return {
    noun,
    statuses,
    actions,
    transition(from, action) {
      const row = rows(action).find((t) => t.from.includes(from));
      if (row) return { ok: true, from, to: row.to };
      const allowedFrom = rows(action).flatMap((t) => t.from);
      const verb = rows(action)[0].verb ?? action;
      const reason = `cannot ${verb} ${article(noun)} ${noun} that is ${from} (allowed when ${allowedFrom.join(' or ')})`;
      return { ok: false, from, reason, allowedFrom };
    },
    allowedFrom: (status) => actions.filter((a) => rows(a).some((t) => t.from.includes(status))),
  };
}

const article = (noun: string) => (/^[aeiou]/i.test(noun) ? 'an' : 'a');
