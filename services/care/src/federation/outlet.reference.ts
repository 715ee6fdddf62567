import { Directive, Field, ID, ObjectType } from 'type-graphql';

/*
 * An outlet, owned by the fnb subgraph: care returns `{ id }` and the owner resolves the rest
 * (resolvable: false). No description here: composition would let a stub's replace the owner's.
 */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Outlet')
export class OutletRef {
  @Field(() => ID)
  id: string;
}
