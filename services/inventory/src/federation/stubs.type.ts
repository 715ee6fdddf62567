import { Directive, Field, ID, ObjectType } from 'type-graphql';

/*
 * Entities other subgraphs own. Inventory returns `{ id }` and the gateway resolves the rest.
 */

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Property', { description: 'A hotel (reservations subgraph)' })
export class PropertyRef {
  @Field(() => ID)
  id: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Employee', { description: 'A member of staff (staffing subgraph)' })
export class EmployeeRef {
  @Field(() => ID)
  id: string;
}

/**
 * An F&B outlet (fnb subgraph). Resolvable here because inventory adds `Outlet.stockLevels`;
 * the same type serves `Location.outlet`.
 */
@Directive('@key(fields: "id")')
@ObjectType('Outlet')
export class Outlet {
  @Field(() => ID)
  id: string;
}
