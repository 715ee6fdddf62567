import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A staff member, owned by staffing: servers, cashiers, approvers. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Employee')
export class EmployeeRef {
  @Field(() => ID)
  id: string;
}

/** A group or conference block, owned by reservations: a banquet is charged to its account. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('GroupBlock')
export class GroupBlockRef {
  @Field(() => ID)
  id: string;
}

export const refOf = (id: string | null | undefined) => (id ? { id } : null);
