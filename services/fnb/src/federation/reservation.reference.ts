import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { ReferenceLoader } from '@hotelops/kernel';

/** A stay, owned by the reservations subgraph; this subgraph adds its F&B orders (`fnbOrders`). */
@Directive('@key(fields: "id")')
@ObjectType('Reservation')
export class ReservationRef {
  @Field(() => ID)
  id: string;
}

/** The gateway asks for stays it wants `fnbOrders` of: here a stay is only its id. */
export const reservationReference: ReferenceLoader = async (ids) => ids.map((id) => ({ id }));
