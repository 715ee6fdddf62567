import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { ReferenceLoader } from '@hotelops/kernel';

/*
 * An outlet, owned by the fnb subgraph: care returns `{ id }` for Case.outlet and adds the
 * complaints about it (`Outlet.complaints`). No description here: composition would let a
 * stub's replace the owner's.
 */
@Directive('@key(fields: "id")')
@ObjectType('Outlet')
export class OutletRef {
  @Field(() => ID)
  id: string;
}

/** The gateway asks for outlets it wants complaints of: here an outlet is only its id. */
export const outletReference: ReferenceLoader = async (ids) => ids.map((id) => ({ id }));
