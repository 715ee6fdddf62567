import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Reservations owns the stay; care contributes `Reservation.cases`. */
@Directive('@key(fields: "id")')
@ObjectType('Reservation')
export class ReservationWithCases {
  @Field(() => ID)
  id: string;
}
