import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, type RequestContext } from '@hotelops/kernel';
import type { CareServices } from '../composition';
import { DepartmentRef } from '../federation/department.reference';
import { EmployeeRef } from '../federation/employee.reference';
import { refOf } from '../federation/ref-of';
import { ReservationRef } from '../federation/reservation.reference';
import { CARE_STAFF } from '../roles/care-roles';
import type { MessageEntity } from './message.entity';
import type { DeliveryMethod, MessageStatus } from './message.rules';
import type { MessageService } from './message.service';
import { DeliveryMethodEnum, GuestMessage, GuestMessageConnection, MessageStatusEnum, TakeMessageInput } from './message.type';

/** The operator, front desk and guest relations take and pass on messages. */
const TAKERS = ['front-desk', 'reservations-agent', ...CARE_STAFF];
/** Who records that a message arrived: the desk for guests, a department's lead or desk for the department. */
const ACKNOWLEDGERS = [...TAKERS, 'housekeeping', 'fnb-manager', 'storekeeper', 'hr-manager'];

@Resolver(() => GuestMessage)
export class MessageResolver {
  private readonly service: MessageService;
  constructor({ messages }: CareServices) {
    this.service = messages;
  }

  @Authorized(...TAKERS)
  @Query(() => GuestMessageConnection, { description: 'Messages and call logs of a property, oldest first' })
  guestMessages(
    @Arg('propertyId', () => ID) propertyId: string,
    @Arg('status', () => MessageStatusEnum, { nullable: true }) status: MessageStatus | undefined,
    @Arg('reservationId', () => ID, { nullable: true }) reservationId: string | undefined,
    @Arg('departmentId', () => ID, { nullable: true }) departmentId: string | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.list(propertyId, ctx.caller, page, { status, reservationId, departmentId });
  }

  @Authorized(...TAKERS)
  @Mutation(() => GuestMessage, { description: 'Takes a message or logs a call for a guest or a department' })
  takeMessage(@Arg('input') input: TakeMessageInput, @Ctx() ctx: RequestContext) {
    return this.service.take(
      {
        ...input,
        reservationId: input.reservationId ?? null,
        departmentId: input.departmentId ?? null,
        fromPhone: input.fromPhone ?? null,
        durationSeconds: input.durationSeconds ?? null,
      },
      ctx.caller,
    );
  }

  @Authorized(...TAKERS)
  @Mutation(() => GuestMessage, { description: 'TAKEN → DELIVERED, recording how' })
  deliverMessage(
    @Arg('id', () => ID) id: string,
    @Arg('method', () => DeliveryMethodEnum) method: DeliveryMethod,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.deliver(id, method, ctx.caller);
  }

  @Authorized(...ACKNOWLEDGERS)
  @Mutation(() => GuestMessage, { description: 'DELIVERED → ACKNOWLEDGED: the recipient has it' })
  acknowledgeMessage(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.acknowledge(id, ctx.caller);
  }

  @FieldResolver(() => ReservationRef, { nullable: true, description: "The guest's stay, for a guest message" })
  reservation(@Root() m: MessageEntity) {
    return refOf(m.reservationId);
  }

  @FieldResolver(() => DepartmentRef, { nullable: true })
  department(@Root() m: MessageEntity) {
    return refOf(m.departmentId);
  }

  @FieldResolver(() => EmployeeRef, { nullable: true })
  takenBy(@Root() m: MessageEntity) {
    return refOf(m.takenBy);
  }

  @FieldResolver(() => EmployeeRef, { nullable: true })
  deliveredBy(@Root() m: MessageEntity) {
    return refOf(m.deliveredBy);
  }

  @FieldResolver(() => EmployeeRef, { nullable: true })
  acknowledgedBy(@Root() m: MessageEntity) {
    return refOf(m.acknowledgedBy);
  }
}
