import { ArrayMaxSize, IsBoolean, IsIn, IsOptional, IsUUID, Length } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '@hotelops/kernel';
import { CHECK_AREAS, CHECKLIST_KINDS, SERVICE_STATUSES, type CheckArea, type ChecklistKind, type ServiceStatus } from './service.rules';

export const CheckAreaEnum = graphqlEnum(CHECK_AREAS, { name: 'FnbCheckArea' });
export const ChecklistKindEnum = graphqlEnum(CHECKLIST_KINDS, {
  name: 'FnbChecklistKind',
  description: 'PRE_OPENING 开餐前检查; CLOSING 收市检查',
});
export const ServiceStatusEnum = graphqlEnum(SERVICE_STATUSES, { name: 'DiningServiceStatus' });

@ObjectType({ description: 'One service of an outlet: a period on a business date' })
export class DiningService {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  outletId: string;

  @Field(() => ID)
  periodId: string;

  @Field(() => LocalDateResolver)
  businessDate: string;

  @Field(() => ServiceStatusEnum)
  status: ServiceStatus;

  @Field()
  openedAt: Date;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;
}

@ObjectType()
export class ChecklistItem {
  @Field(() => CheckAreaEnum)
  area: CheckArea;

  @Field()
  label: string;

  @Field()
  passed: boolean;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => ID, { nullable: true, description: 'Employee who follows a failure up' })
  followUpOwnerId: string | null;
}

@ObjectType({ description: 'A recorded pre-opening or closing check' })
export class Checklist {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  periodId: string;

  @Field(() => LocalDateResolver)
  businessDate: string;

  @Field(() => ChecklistKindEnum)
  kind: ChecklistKind;

  @Field(() => ID, { nullable: true })
  checkedBy: string | null;

  @Field(() => Int)
  failedCount: number;

  @Field()
  checkedAt: Date;
}

@InputType()
export class ChecklistItemInput {
  @Field(() => CheckAreaEnum)
  @IsIn(CHECK_AREAS)
  area: CheckArea;

  @Field()
  @Length(1, 200)
  label: string;

  @Field()
  @IsBoolean()
  passed: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 500)
  note?: string;

  @Field(() => ID, { nullable: true, description: 'required for a failed item' })
  @IsOptional()
  @IsUUID()
  followUpOwnerId?: string;
}

@InputType()
export class ChecklistInput {
  @Field(() => ID)
  @IsUUID()
  outletId: string;

  @Field(() => ID)
  @IsUUID()
  periodId: string;

  @Field(() => ChecklistKindEnum)
  @IsIn(CHECKLIST_KINDS)
  kind: ChecklistKind;

  @Field(() => [ChecklistItemInput])
  @ArrayMaxSize(100)
  items: ChecklistItemInput[];
}
