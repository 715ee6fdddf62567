import { Field, ObjectType } from 'type-graphql';
import { RosterShift } from '../roster/roster.type';

@ObjectType({ description: 'A duty shift running now and whether its holder has clocked in' })
export class OnDutyShift {
  @Field(() => RosterShift)
  shift: RosterShift;

  @Field(() => Date, { nullable: true })
  clockedInAt: Date | null;
}
