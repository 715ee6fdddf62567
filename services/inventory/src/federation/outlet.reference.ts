import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { ReferenceLoader } from '@hotelops/kernel';

/**
 * An F&B outlet, owned by the fnb subgraph. Resolvable here because inventory adds
 * `Outlet.stockLevels`; the same type serves `Location.outlet`.
 */
@Directive('@key(fields: "id")')
@ObjectType('Outlet')
export class OutletRef {
  @Field(() => ID)
  id: string;
}

/** The gateway asks for outlets it wants `stockLevels` of: here an outlet is only its id. */
export const outletReference: ReferenceLoader = async (ids) => ids.map((id) => ({ id }));
