import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The hotel, owned by the reservations subgraph; here only its key (never resolved here). */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Property', { description: 'A hotel (reservations subgraph)' })
export class PropertyRef {
  @Field(() => ID)
  id: string;
}
