import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Reservations owns properties; staffing only points at them (`{ id }`), the gateway resolves the rest. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Property')
export class PropertyRef {
  @Field(() => ID)
  id: string;
}
