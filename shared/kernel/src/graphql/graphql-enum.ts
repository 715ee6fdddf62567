import { registerEnumType } from 'type-graphql';

/**
 * A GraphQL enum made from a vocabulary declared once in a *.rules.ts file
 * (`export const ORDER_STATUSES = ['OPEN', …] as const`), so the API and the rules cannot drift.
 * Returns the enum object for `@Field(() => X)`.
 */
export function graphqlEnum<T extends string>(
  values: readonly T[],
  config: { name: string; description?: string; valuesConfig?: Partial<Record<T, { description?: string; deprecationReason?: string }>> },
): { [K in T]: K } {
  const enumObject = Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
  registerEnumType(enumObject, config);
  return enumObject;
}
