import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Who one escalation of the case reached, as staffing resolved it from the roster and attendance' })
export class CaseEscalationNotice {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: '1 supervisor, 2 duty manager, 3 department manager' })
  level: number;

  @Field({ description: 'the role the escalation asked for' })
  requestedRole: string;

  @Field({ description: 'the role reached (higher when nobody was on duty in the one asked for)' })
  routedRole: string;

  @Field(() => ID, { nullable: true, description: 'the employee notified; null when nobody was on duty at any level' })
  notifiedEmployeeId: string | null;

  @Field({ description: 'why this person, or why nobody' })
  explanation: string;

  @Field()
  routedAt: Date;
}
