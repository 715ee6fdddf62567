import { ArrayMaxSize, IsEmail, IsInt, IsOptional, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { Authorized, Directive, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection, Money, NotBlank, Text } from '@hotelops/kernel';

/** Roles that work with guests' personal data (contact, documents, preferences). */
export const PERSONAL_DATA_ROLES = ['front-desk', 'reservations-agent', 'duty-manager', 'care-agent', 'care-supervisor'];

@ObjectType({ description: 'What a guest’s completed and current stays add up to (kept after erasure)' })
export class GuestStats {
  @Field(() => Int)
  stays: number;

  @Field(() => Int)
  nights: number;

  @Field(() => Money)
  roomRevenue: Money;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A guest profile; contact details are readable only by roles that need them' })
export class Guest {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  propertyId: string;

  @Field()
  name: string;

  @Field(() => Int, { description: '0 = none … 5 = highest' })
  vipLevel: number;

  @Field({ description: '熟客' })
  regular: boolean;

  @Field({ description: 'personal data erased on request' })
  erased: boolean;

  @Authorized(...PERSONAL_DATA_ROLES)
  @Field(() => String, { nullable: true })
  email: string | null;

  @Authorized(...PERSONAL_DATA_ROLES)
  @Field(() => String, { nullable: true })
  phone: string | null;

  @Authorized(...PERSONAL_DATA_ROLES)
  @Field(() => String, { nullable: true })
  documentNumber: string | null;

  @Authorized(...PERSONAL_DATA_ROLES)
  @Field(() => [String])
  preferences: string[];

  @Authorized(...PERSONAL_DATA_ROLES)
  @Field(() => String, { nullable: true })
  notes: string | null;
}

@ObjectType()
export class GuestConnection extends Connection(Guest) {}

@InputType()
export class CreateGuestInput {
  @Field(() => ID)
  @IsUUID()
  propertyId: string;

  @Field()
  @Text(200)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(200)
  email?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(3, 40)
  phone?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(3, 60)
  documentNumber?: string;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(30)
  @Length(1, 200, { each: true })
  @NotBlank({ each: true })
  preferences: string[];

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  @Max(5)
  vipLevel: number;

  @Field({ defaultValue: false })
  regular: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2000)
  notes?: string;
}

@InputType({ description: 'Only the fields given change' })
export class UpdateGuestInput {
  @Field(() => String, { nullable: true })
  @Text(200, { optional: true })
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(200)
  email?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(3, 40)
  phone?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(3, 60)
  documentNumber?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  @Length(1, 200, { each: true })
  @NotBlank({ each: true })
  preferences?: string[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(5)
  vipLevel?: number;

  @Field({ nullable: true })
  @IsOptional()
  regular?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2000)
  notes?: string;
}
