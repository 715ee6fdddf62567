import { Length } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A canned guest reply (快捷短语); {guestName}, {caseNumber} and {subject} are filled from the case' })
export class ReplyTemplate {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  propertyId: string;

  @Field({ description: "Case category it is for, or '*' for any" })
  category: string;

  @Field()
  title: string;

  @Field()
  body: string;

  @Field()
  archived: boolean;

  @Field()
  updatedAt: Date;
}

@InputType()
export class ReplyTemplateInput {
  @Field({ description: "Case category, or '*' for any" })
  @Length(1, 80, { message: 'category must be 1–80 characters' })
  category: string;

  @Field()
  @Length(1, 100, { message: 'title must be 1–100 characters' })
  title: string;

  @Field()
  @Length(1, 4000, { message: 'body must be 1–4000 characters' })
  body: string;
}
