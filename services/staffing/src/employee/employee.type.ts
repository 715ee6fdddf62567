import { IsEmail, IsISO8601, IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Directive, Field, ID, InputType, ObjectType } from 'type-graphql';
import { Connection, graphqlEnum } from '@hotelops/kernel';
import { EMPLOYEE_STATUSES, type EmployeeStatus } from './employee.rules';

export const EmployeeStatusEnum = graphqlEnum(EMPLOYEE_STATUSES, { name: 'EmployeeStatus' });

/**
 * A member of staff of one property. Personal data (email, phone, termination reason) and the
 * derived fields (displayName, position, department, roles, property) are field resolvers.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A member of staff of one property' })
export class Employee {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  propertyId: string;

  @Field({ description: 'the hotel’s staff number (工号), unique within the property' })
  employeeNumber: string;

  @Field()
  firstName: string;

  @Field()
  lastName: string;

  @Field(() => EmployeeStatusEnum)
  status: EmployeeStatus;

  @Field(() => LocalDateResolver)
  hiredOn: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'last day of employment' })
  terminatedOn: string | null;
}

@ObjectType()
export class EmployeeConnection extends Connection(Employee) {}

@InputType()
export class HireEmployeeInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'propertyId must be a UUID' })
  propertyId: string;

  @Field(() => ID, { description: 'a position of the same property' })
  @IsUUID(undefined, { message: 'positionId must be a UUID' })
  positionId: string;

  @Field({ description: 'given name, e.g. 芳' })
  @Length(1, 100, { message: 'firstName must be 1–100 characters' })
  @Matches(/\S/, { message: 'firstName must not be blank' })
  firstName: string;

  @Field({ description: 'family name, e.g. 王' })
  @Length(1, 100, { message: 'lastName must be 1–100 characters' })
  @Matches(/\S/, { message: 'lastName must not be blank' })
  lastName: string;

  @Field({ description: 'staff number (工号), unique within the property' })
  @Matches(/^[A-Za-z0-9-]{1,20}$/, { message: 'employeeNumber must be 1–20 letters, digits or dashes' })
  employeeNumber: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail(undefined, { message: 'email must be an e-mail address such as fang.wang@example.com' })
  @Length(3, 200, { message: 'email must be at most 200 characters' })
  email?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9][0-9 -]{4,28}$/, {
    message: 'phone must be digits, spaces or dashes with an optional leading +, e.g. +86 138 0013 8000',
  })
  phone?: string;

  @Field(() => LocalDateResolver, { description: 'first day of employment' })
  @IsISO8601({ strict: true }, { message: 'hiredOn must be an ISO date such as 2025-03-01' })
  hiredOn: string;
}

/** Internal: only the gateway's revocation poll reads it, so it is not part of the public supergraph. */
@Directive('@inaccessible')
@ObjectType({ description: 'A leaver whose access is revoked' })
export class RevokedEmployee {
  @Field(() => ID)
  id: string;

  @Field(() => Date, { description: 'when the termination was recorded' })
  updatedAt: Date;
}
