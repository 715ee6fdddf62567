import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Care staff sharing a case queue' })
export class CareTeam {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  propertyId: string;

  @Field()
  name: string;
}
