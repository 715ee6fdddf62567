import { IsInt, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection, MAX_AMOUNT_MINOR, graphqlEnum } from '@hotelops/kernel';
import { MOVEMENT_KINDS, type MovementKind } from './stock.rules';

export const StockMovementKindEnum = graphqlEnum(MOVEMENT_KINDS, {
  name: 'StockMovementKind',
  valuesConfig: {
    RECEIPT: { description: 'stock received into a location (收货)' },
    ISSUE: { description: 'stock issued out of a location for use (领用)' },
  },
});

@ObjectType({ description: 'One immutable movement in the stock ledger' })
export class StockLedgerEntry {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  propertyId: string;

  @Field(() => ID)
  itemId: string;

  @Field(() => ID)
  locationId: string;

  @Field(() => StockMovementKindEnum)
  kind: MovementKind;

  @Field(() => Float, { description: 'Always positive, in the item’s unit' })
  quantity: number;

  @Field(() => Float, { description: 'On-hand of the item at the location right after this movement' })
  onHandAfter: number;

  @Field(() => Int, { nullable: true, description: 'Receipts: cost per unit in minor units of the property currency' })
  unitCostMinor: number | null;

  @Field(() => String, { nullable: true })
  reference: string | null;

  @Field()
  createdAt: Date;
}

@ObjectType()
export class StockLedgerEntryConnection extends Connection(StockLedgerEntry) {}

@ObjectType({ description: 'On-hand of one item at one location: the sum of its ledger' })
export class StockLevel {
  @Field(() => ID)
  itemId: string;

  @Field(() => ID)
  locationId: string;

  @Field(() => ID)
  propertyId: string;

  @Field(() => Float)
  onHand: number;

  @Field()
  updatedAt: Date;
}

/** What every movement names: the item, the location and how much. */
@InputType()
abstract class MovementInput {
  @Field(() => ID)
  @IsUUID()
  itemId: string;

  @Field(() => ID)
  @IsUUID()
  locationId: string;

  // Checked by the stock rules (STOCK.INVALID_QUANTITY), not class-validator, so every path gets one code.
  @Field(() => Float, { description: 'Positive, at most 3 decimal places, in the item’s unit' })
  quantity: number;
}

@InputType()
export class ReceiveStockInput extends MovementInput {
  @Field(() => Int, { nullable: true, description: 'Cost per unit in minor units of the property currency' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_AMOUNT_MINOR)
  unitCostMinor?: number;

  @Field(() => String, { nullable: true, description: 'Delivery note or purchase order number' })
  @IsOptional()
  @Length(1, 200)
  reference?: string;
}

@InputType()
export class IssueStockInput extends MovementInput {
  @Field(() => String, { nullable: true, description: 'Requisition number or purpose' })
  @IsOptional()
  @Length(1, 200)
  reference?: string;
}
