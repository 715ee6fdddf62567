import { ArrayMaxSize, IsIn, IsISO8601, IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { AmountMinor, Text, graphqlEnum } from '@hotelops/kernel';
import { ASSET_CONDITIONS, ASSET_STATUSES, type AssetCondition, type AssetStatus } from './asset.rules';

export const AssetConditionEnum = graphqlEnum(ASSET_CONDITIONS, { name: 'AssetCondition' });
export const AssetStatusEnum = graphqlEnum(ASSET_STATUSES, { name: 'AssetStatus' });

@ObjectType()
export class AssetHistoryEntry {
  @Field()
  at: string;

  @Field()
  action: string;

  @Field(() => ID, { nullable: true })
  by: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;
}

@ObjectType({ description: 'A fixed asset (资产) with its tag, place, custodian and condition' })
export class FixedAsset {
  @Field(() => ID)
  id: string;

  @Field()
  tag: string;

  @Field()
  name: string;

  @Field(() => ID)
  locationId: string;

  @Field(() => ID, { nullable: true, description: 'Employee who answers for it' })
  custodianId: string | null;

  @Field(() => AssetConditionEnum)
  condition: AssetCondition;

  @Field(() => AssetStatusEnum)
  status: AssetStatus;

  @Field(() => Int)
  costMinor: number;

  @Field(() => String, { nullable: true })
  acquiredOn: string | null;

  @Field(() => ID, { nullable: true, description: 'The last count that found it in its bin' })
  verifiedByCountId: string | null;

  @Field(() => [AssetHistoryEntry])
  history: AssetHistoryEntry[];
}

@InputType()
export class RegisterAssetInput {
  @Field(() => ID)
  @IsUUID()
  propertyId: string;

  @Field({ description: 'The asset tag (资产编号)' })
  @Matches(/^[A-Z0-9][A-Z0-9-]{0,39}$/, { message: 'tag must be 1–40 upper-case letters, digits or dashes' })
  tag: string;

  @Field()
  @Text(200)
  name: string;

  @Field(() => ID)
  @IsUUID()
  locationId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  custodianId?: string;

  @Field(() => AssetConditionEnum, { defaultValue: 'NEW' })
  @IsIn(ASSET_CONDITIONS)
  condition: AssetCondition;

  @Field(() => Int)
  @AmountMinor({ min: 0 })
  costMinor: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Length(10, 10)
  acquiredOn?: string;
}

@InputType()
export class MoveAssetInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  locationId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  custodianId?: string;
}

@InputType()
export class VerifyAssetsInput {
  @Field(() => ID)
  @IsUUID()
  countId: string;

  @Field(() => [String], { description: 'Tags found on the counted bins' })
  @ArrayMaxSize(1000)
  @Matches(/^[A-Z0-9][A-Z0-9-]{0,39}$/, { each: true, message: 'each tag must be 1–40 upper-case letters, digits or dashes' })
  tags: string[];
}
