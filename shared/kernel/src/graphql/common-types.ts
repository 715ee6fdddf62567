import { SafeIntResolver } from 'graphql-scalars';
import { Directive, Field, ObjectType } from 'type-graphql';

/*
 * Value types every subgraph may return. Federation 2 requires value types defined in several
 * subgraphs to be @shareable and identical, so they are defined once here.
 */

@Directive('@shareable')
@ObjectType({ description: 'An amount in integer minor units (cents) of an ISO-4217 currency' })
export class Money {
  // SafeInt, not Int: balances and revenue are sums, and a sum of bounded amounts can pass 2³¹.
  @Field(() => SafeIntResolver, { description: 'whole minor units; exact up to 2⁵³ − 1' })
  amountMinor: number;

  @Field({ description: 'ISO-4217 code, e.g. EUR' })
  currency: string;

  static of(amountMinor: number, currency: string): Money {
    return Object.assign(new Money(), { amountMinor, currency });
  }
}

@Directive('@shareable')
@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}
