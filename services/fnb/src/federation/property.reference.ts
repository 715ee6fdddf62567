import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The hotel, owned by the reservations subgraph; here only its key (never resolved here). */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Property')
export class PropertyRef {
  @Field(() => ID)
  id: string;
}
