import { IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { Directive, Field, ID, InputType, ObjectType } from 'type-graphql';
import { Connection } from '@hotelops/kernel';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A department of one property (前厅部, 客房部, 餐饮部 …)' })
export class Department {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  propertyId: string;

  @Field({ description: 'Stable kebab-case key within the property, e.g. front-office' })
  code: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'Chinese name, e.g. 前厅部' })
  nameZh: string | null;

  @Field(() => String, { nullable: true })
  description: string | null;
}

@ObjectType()
export class DepartmentConnection extends Connection(Department) {}

export const CODE_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

@InputType()
export class CreateDepartmentInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'propertyId must be a UUID' })
  propertyId: string;

  @Field({ description: 'kebab-case, e.g. spa' })
  @Length(2, 40, { message: 'code must be 2–40 characters' })
  @Matches(CODE_PATTERN, { message: 'code must be kebab-case: lower-case letters and digits joined by dashes, e.g. guest-relations' })
  code: string;

  @Field()
  @Length(1, 200, { message: 'name must be 1–200 characters' })
  @Matches(/\S/, { message: 'name must not be blank' })
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100, { message: 'nameZh must be 1–100 characters' })
  nameZh?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2000, { message: 'description must be at most 2000 characters' })
  description?: string;
}
