import { IsUUID, Matches } from 'class-validator';
import { Directive, Field, ID, InputType, ObjectType } from 'type-graphql';
import { Text } from '@hotelops/kernel';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A company with negotiated rates (协议单位)' })
export class CorporateAccount {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  propertyId: string;

  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  contact: string | null;
}

@InputType()
export class CreateCorporateAccountInput {
  @Field(() => ID)
  @IsUUID()
  propertyId: string;

  @Field()
  @Matches(/^[A-Z0-9-]{1,20}$/, { message: 'code must be 1–20 upper-case letters, digits or dashes' })
  code: string;

  @Field()
  @Text(200)
  name: string;

  @Field(() => String, { nullable: true })
  @Text(200, { optional: true })
  contact?: string;
}
