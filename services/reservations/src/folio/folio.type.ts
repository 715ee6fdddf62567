import { IsUUID } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { AmountMinor, MAX_AMOUNT_MINOR, Money, Text, graphqlEnum } from '@hotelops/kernel';
import { FOLIO_LINE_KINDS, type FolioLineKind } from './folio.rules';

export const FolioLineKindEnum = graphqlEnum(FOLIO_LINE_KINDS, { name: 'FolioLineKind' });

@ObjectType()
export class FolioLine {
  @Field(() => ID)
  id: string;

  @Field(() => FolioLineKindEnum)
  kind: FolioLineKind;

  @Field()
  description: string;

  @Field(() => Money)
  amount: Money;

  @Field(() => String, { nullable: true, description: 'origin, e.g. fnb-order:<id>' })
  sourceRef: string | null;

  @Field()
  postedAt: Date;
}

@ObjectType({ description: "The guest's bill for one stay" })
export class Folio {
  @Field(() => ID)
  id: string;

  @Field()
  status: string;

  @Field(() => String, { nullable: true, description: 'COMPANY or GROUP when the balance is routed to an account at check-out' })
  routedTo: string | null;

  @Field(() => Money, { description: 'positive: the guest owes' })
  balance: Money;

  @Field(() => Money, {
    description:
      'what the hotel owes the guest after a post-stay allowance (approved compensation after check-out); settle it with refundGuest',
  })
  refundDue: Money;
}

@InputType()
export class PostFolioLineInput {
  @Field(() => ID)
  @IsUUID()
  reservationId: string;

  @Field()
  @Text(300)
  description: string;

  @Field(() => Int, { description: `positive, minor units of the folio currency, at most ${MAX_AMOUNT_MINOR}` })
  @AmountMinor()
  amountMinor: number;
}

@InputType()
export class RefundGuestInput {
  @Field(() => ID)
  @IsUUID()
  reservationId: string;

  @Field(() => Int, { description: 'positive, minor units of the folio currency; at most the refund due' })
  @AmountMinor()
  amountMinor: number;

  @Field({ description: 'the payment reference (card refund id, cash voucher); a second refund with it changes nothing' })
  @Text(60)
  reference: string;
}

@ObjectType({ description: 'A stay’s balance transferred to a company or group account' })
export class AccountPosting {
  @Field(() => ID, {
    nullable: true,
    description: 'the stay whose balance was transferred; null for a charge made to the account (a banquet)',
  })
  reservationId: string | null;

  @Field()
  description: string;

  @Field(() => Money)
  amount: Money;

  @Field()
  postedAt: Date;
}
