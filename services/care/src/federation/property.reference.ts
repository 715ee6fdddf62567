import { Directive, Field, ID, ObjectType } from 'type-graphql';

/*
 * A property, owned by the reservations subgraph: care returns `{ id }` and the owner resolves the rest
 * (resolvable: false). No description here: composition would let a stub's replace the owner's.
 */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Property')
export class PropertyRef {
  @Field(() => ID)
  id: string;
}
