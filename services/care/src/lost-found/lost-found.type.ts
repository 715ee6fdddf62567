import { IsIn, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Connection, graphqlEnum } from '@hotelops/kernel';
import { LOST_ITEM_CATEGORIES, LOST_ITEM_STATUSES, type LostItemCategory, type LostItemStatus } from './lost-found.rules';

export const LostItemStatusEnum = graphqlEnum(LOST_ITEM_STATUSES, {
  name: 'LostItemStatus',
  description: 'FOUND → STORED → CLAIMED | SHIPPED | DISPOSED; FOUND → CLAIMED',
});
export const LostItemCategoryEnum = graphqlEnum(LOST_ITEM_CATEGORIES, {
  name: 'LostItemCategory',
  description: 'Decides the retention before disposal: valuables and documents 180 days, electronics 90, others 30',
});

@ObjectType({ description: 'An item left behind (遗留物品)' })
export class LostItem {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  propertyId: string;

  @Field(() => LostItemCategoryEnum)
  category: LostItemCategory;

  @Field()
  description: string;

  @Field()
  foundLocation: string;

  @Field(() => LostItemStatusEnum)
  status: LostItemStatus;

  @Field()
  foundAt: Date;

  @Field(() => String, { nullable: true })
  storageLocation: string | null;

  @Field(() => String, { nullable: true, description: 'Claimed: who collected it; shipped: the recipient and address' })
  handedTo: string | null;

  @Field(() => String, { nullable: true })
  carrier: string | null;

  @Field(() => String, { nullable: true })
  trackingNumber: string | null;
}

@ObjectType()
export class LostItemConnection extends Connection(LostItem) {}

@ObjectType({ description: 'One step of a lost item: the status it reached, who and when' })
export class LostItemStep {
  @Field(() => LostItemStatusEnum)
  status: LostItemStatus;

  @Field()
  at: Date;

  @Field(() => String, { nullable: true })
  note: string | null;
}

@InputType()
export class RecordFoundItemInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'propertyId must be a UUID' })
  propertyId: string;

  @Field(() => LostItemCategoryEnum)
  @IsIn(LOST_ITEM_CATEGORIES)
  category: LostItemCategory;

  @Field()
  @Length(1, 500, { message: 'description must be 1–500 characters' })
  description: string;

  @Field({ description: "e.g. 'Room 1208, bedside drawer' or 'Lobby bar'" })
  @Length(1, 200, { message: 'foundLocation must be 1–200 characters' })
  foundLocation: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID(undefined, { message: 'roomId must be a UUID' })
  roomId?: string;

  @Field(() => ID, { nullable: true, description: 'The stay of the guest it probably belongs to' })
  @IsOptional()
  @IsUUID(undefined, { message: 'reservationId must be a UUID' })
  reservationId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  note?: string;
}
