import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@hotelops/kernel';
import type { FnbServices } from '../composition';
import { EmployeeRef, refOf } from '../federation/stubs.type';
import type { FloorEntity, TableEntity } from './floor.entity';
import type { FloorService } from './floor.service';
import { AddTableInput, DiningTable, Floor } from './floor.type';

const FLOOR_STAFF = ['fnb-server', 'fnb-manager'];

@Resolver(() => DiningTable)
export class TableResolver {
  private readonly service: FloorService;
  constructor({ floor }: FnbServices) {
    this.service = floor;
  }

  @Authorized()
  @Query(() => [DiningTable], { description: "An outlet's tables with their live status" })
  diningTables(@Arg('outletId', () => ID) outletId: string, @Ctx() ctx: RequestContext) {
    return this.service.tables(outletId, ctx.caller);
  }

  @FieldResolver(() => EmployeeRef, { nullable: true, description: 'The server looking after the party' })
  server(@Root() t: TableEntity) {
    return refOf(t.serverId);
  }

  @Authorized('fnb-manager')
  @Mutation(() => DiningTable)
  addDiningTable(@Arg('input') input: AddTableInput, @Ctx() ctx: RequestContext) {
    return this.service.addTable(input, ctx.caller);
  }

  @Authorized(...FLOOR_STAFF)
  @Mutation(() => DiningTable, { description: 'Seats a party: covers, and the server (default: the caller)' })
  seatTable(
    @Arg('tableId', () => ID) tableId: string,
    @Arg('covers', () => Int) covers: number,
    @Arg('serverId', () => ID, { nullable: true }) serverId: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.seat(tableId, covers, serverId ?? null, ctx.caller);
  }

  @Authorized(...FLOOR_STAFF)
  @Mutation(() => DiningTable, { description: 'Moves the party and its open order to a free table; returns the new table' })
  transferTable(@Arg('fromTableId', () => ID) fromId: string, @Arg('toTableId', () => ID) toId: string, @Ctx() ctx: RequestContext) {
    return this.service.transfer(fromId, toId, ctx.caller);
  }

  @Authorized(...FLOOR_STAFF)
  @Mutation(() => DiningTable, { description: "Joins the source table's party to the target's (one party, one order)" })
  mergeTables(
    @Arg('targetTableId', () => ID) targetId: string,
    @Arg('sourceTableId', () => ID) sourceId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.merge(targetId, sourceId, ctx.caller);
  }

  @Authorized(...FLOOR_STAFF)
  @Mutation(() => DiningTable)
  requestTableBill(@Arg('tableId', () => ID) tableId: string, @Ctx() ctx: RequestContext) {
    return this.service.requestBill(tableId, ctx.caller);
  }

  @Authorized(...FLOOR_STAFF)
  @Mutation(() => DiningTable, { description: 'Cleared and reset after the party paid' })
  clearTable(@Arg('tableId', () => ID) tableId: string, @Ctx() ctx: RequestContext) {
    return this.service.clear(tableId, ctx.caller);
  }
}

@Resolver(() => Floor)
export class FloorResolver {
  private readonly service: FloorService;
  constructor({ floor }: FnbServices) {
    this.service = floor;
  }

  @Authorized()
  @Query(() => [Floor], { description: "An outlet's floor plan" })
  floors(@Arg('outletId', () => ID) outletId: string, @Ctx() ctx: RequestContext) {
    return this.service.floors(outletId, ctx.caller);
  }

  @FieldResolver(() => [DiningTable])
  async tables(@Root() f: FloorEntity, @Ctx() ctx: RequestContext) {
    const rows = await ctx
      .loader<TableEntity[]>('Floor.tables', async (ids) => {
        const all = await this.service.tablesOfFloors(ids);
        return ids.map((id) => all.filter((t) => t.floorId === id));
      })
      .load(f.id);
    return rows ?? [];
  }

  @Authorized('fnb-manager')
  @Mutation(() => Floor)
  createFloor(@Arg('outletId', () => ID) outletId: string, @Arg('name') name: string, @Ctx() ctx: RequestContext) {
    return this.service.createFloor(outletId, name, ctx.caller);
  }
}
