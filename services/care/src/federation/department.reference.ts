import { Directive, Field, ID, ObjectType } from 'type-graphql';

/*
 * A department, owned by the staffing subgraph: care returns `{ id }` and the owner resolves the rest
 * (resolvable: false). No description here: composition would let a stub's replace the owner's.
 */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Department')
export class DepartmentRef {
  @Field(() => ID)
  id: string;
}
