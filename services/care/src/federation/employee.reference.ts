import { Directive, Field, ID, ObjectType } from 'type-graphql';

/*
 * An employee, owned by the staffing subgraph: care returns `{ id }` and the owner resolves the rest
 * (resolvable: false). No description here: composition would let a stub's replace the owner's.
 */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Employee')
export class EmployeeRef {
  @Field(() => ID)
  id: string;
}
