import { IsIn, IsISO8601, IsInt, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection, MAX_AMOUNT_MINOR, Text, graphqlEnum } from '@hotelops/kernel';
import { DIRECTIONS, MOVEMENT_KINDS, type Direction, type MovementKind } from './stock.rules';

export const StockMovementKindEnum = graphqlEnum(MOVEMENT_KINDS, {
  name: 'StockMovementKind',
  valuesConfig: {
    RECEIPT: { description: 'stock received into a location (收货)' },
    ISSUE: { description: 'stock issued out of a location for use (领用)' },
    TRANSFER_OUT: { description: 'first leg of a transfer: out of the sending location, into transit (调拨出)' },
    TRANSFER_IN: { description: 'second leg of a transfer: into the receiving location (调拨入)' },
    CONSUMPTION: { description: 'used up: F&B sales depletion, housekeeping amenities and linen' },
    ADJUSTMENT: { description: 'a correction with a reason, in or out' },
    RETURN_TO_VENDOR: { description: 'sent back to the supplier (返厂)' },
    WRITE_OFF: { description: 'damaged, expired or broken goods disposed of (残损报废)' },
    COUNT_VARIANCE: { description: 'the difference a count found between the books and the shelf, in or out (盘盈/盘亏)' },
  },
});

export const StockDirectionEnum = graphqlEnum(DIRECTIONS, { name: 'StockDirection' });

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

  @Field(() => StockDirectionEnum, { description: 'Which way on-hand moved' })
  direction: Direction;

  @Field(() => Float, { description: 'Always positive, in the item’s unit' })
  quantity: number;

  @Field(() => Float, { nullable: true, description: 'Cost per stock unit this movement is valued at, minor units' })
  unitCost: number | null;

  @Field(() => Float, { nullable: true, description: 'quantity × unitCost, minor units' })
  valueMinor: number | null;

  @Field(() => String, { nullable: true })
  lot: string | null;

  @Field(() => String, { nullable: true })
  expiresOn: string | null;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => ID, { nullable: true, description: 'The receipt, transfer, count, write-off or consumption behind it' })
  documentId: string | null;

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

  @Field(() => String, { nullable: true, description: 'Lot or batch number (批号)' })
  @Text(40, { optional: true })
  lot?: string;

  @Field(() => String, { nullable: true, description: 'Expiry date of the lot (YYYY-MM-DD)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Length(10, 10)
  expiresOn?: string;
}

@InputType()
export class AdjustStockInput extends MovementInput {
  @Field(() => StockDirectionEnum)
  @IsIn(DIRECTIONS)
  direction: Direction;

  @Field({ description: 'Why: a short reason code or phrase' })
  @Text(40)
  reason: string;

  @Field(() => String, { nullable: true })
  @Text(200, { optional: true })
  reference?: string;
}

@InputType()
export class IssueStockInput extends MovementInput {
  @Field(() => String, { nullable: true, description: 'Requisition number or purpose' })
  @IsOptional()
  @Length(1, 200)
  reference?: string;
}
