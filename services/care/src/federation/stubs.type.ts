import { Directive, Field, ID, ObjectType } from 'type-graphql';

/*
 * Entities owned by other subgraphs that care points at. Care returns `{ id }`; the owner
 * resolves the rest (resolvable: false — care cannot resolve them itself). No descriptions here:
 * composition would let a stub's description replace the owner's.
 */

/** Owned by staffing. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Employee')
export class EmployeeRef {
  @Field(() => ID)
  id: string;
}

/** Owned by reservations. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Property')
export class PropertyRef {
  @Field(() => ID)
  id: string;
}

/** Owned by staffing. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Department')
export class DepartmentRef {
  @Field(() => ID)
  id: string;
}

/** Owned by reservations. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Room')
export class RoomRef {
  @Field(() => ID)
  id: string;
}

/** Owned by fnb. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Outlet')
export class OutletRef {
  @Field(() => ID)
  id: string;
}

export const refOf = (id: string | null): { id: string } | null => (id ? { id } : null);
