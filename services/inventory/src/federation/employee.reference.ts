import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A member of staff, owned by the staffing subgraph; here only its key (never resolved here). */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Employee', { description: 'A member of staff (staffing subgraph)' })
export class EmployeeRef {
  @Field(() => ID)
  id: string;
}
