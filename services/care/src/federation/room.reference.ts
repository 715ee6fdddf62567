import { Directive, Field, ID, ObjectType } from 'type-graphql';

/*
 * A room, owned by the reservations subgraph: care returns `{ id }` and the owner resolves the rest
 * (resolvable: false). No description here: composition would let a stub's replace the owner's.
 */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Room')
export class RoomRef {
  @Field(() => ID)
  id: string;
}
