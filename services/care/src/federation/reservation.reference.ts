import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { ReferenceLoader } from '@hotelops/kernel';

/** A stay, owned by the reservations subgraph; care adds the cases about it (`Reservation.cases`). */
@Directive('@key(fields: "id")')
@ObjectType('Reservation')
export class ReservationRef {
  @Field(() => ID)
  id: string;
}

/** The gateway asks for stays it wants `cases` of: here a stay is only its id. */
export const reservationReference: ReferenceLoader = async (ids) => ids.map((id) => ({ id }));
