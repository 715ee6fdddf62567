import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { DomainError, notFound, paginate, type Caller, type PageArgs, type ServiceDeps } from '@hotelops/kernel';
import { PropertyEntity } from '../property/property.entity';
import { RoomEntity, RoomTypeEntity } from './room.entity';
import type { HousekeepingStatus } from './room.rules';
import type { CreateRoomInput, CreateRoomTypeInput } from './room.type';

export class RoomService {
  constructor(private readonly deps: ServiceDeps) {}

  async createRoomType(input: CreateRoomTypeInput, caller: Caller): Promise<RoomTypeEntity> {
    caller.assertProperty(input.propertyId);
    return this.deps.db.transaction(async (em) => {
      if (!(await em.existsBy(PropertyEntity, { id: input.propertyId })))
        throw notFound('PROPERTY.NOT_FOUND', 'Property', input.propertyId);
      if (await em.existsBy(RoomTypeEntity, { propertyId: input.propertyId, code: input.code })) {
        throw new DomainError('ROOM_TYPE.CODE_TAKEN', `Room type ${input.code} already exists in this property`, {
          roomTypeCode: input.code,
        });
      }
      return em.save(em.create(RoomTypeEntity, { id: randomUUID(), ...input, createdAt: this.deps.clock.now() }));
    });
  }

  async createRoom(input: CreateRoomInput, caller: Caller): Promise<RoomEntity> {
    return this.deps.db.transaction(async (em) => {
      const type = await em.findOneBy(RoomTypeEntity, { id: input.roomTypeId });
      if (!type) throw notFound('ROOM_TYPE.NOT_FOUND', 'Room type', input.roomTypeId);
      caller.assertProperty(type.propertyId);
      if (await em.existsBy(RoomEntity, { propertyId: type.propertyId, number: input.number })) {
        throw new DomainError('ROOM.NUMBER_TAKEN', `Room ${input.number} already exists in this property`, { roomNumber: input.number });
      }
      return em.save(
        em.create(RoomEntity, {
          id: randomUUID(),
          propertyId: type.propertyId,
          roomTypeId: type.id,
          number: input.number,
          floor: input.floor,
          housekeepingStatus: 'CLEAN',
          occupied: false,
          createdAt: this.deps.clock.now(),
        }),
      );
    });
  }

  async setHousekeepingStatus(roomId: string, status: HousekeepingStatus, caller: Caller): Promise<RoomEntity> {
    return this.deps.db.transaction(async (em) => {
      const room = await em.findOneBy(RoomEntity, { id: roomId });
      if (!room) throw notFound('ROOM.NOT_FOUND', 'Room', roomId);
      caller.assertProperty(room.propertyId);
      room.housekeepingStatus = status;
      return em.save(room);
    });
  }

  roomTypes(propertyId: string, caller: Caller) {
    caller.assertProperty(propertyId);
    return this.deps.db.manager.find(RoomTypeEntity, { where: { propertyId }, order: { code: 'ASC' } });
  }

  rooms(propertyId: string, caller: Caller, page: PageArgs, status?: HousekeepingStatus) {
    caller.assertProperty(propertyId);
    const qb = this.deps.db.manager.createQueryBuilder(RoomEntity, 'r').where('r.propertyId = :propertyId', { propertyId });
    if (status) qb.andWhere('r.housekeepingStatus = :status', { status });
    return paginate(qb, page, { sortProperty: 'number' });
  }

  roomsByIds(ids: readonly string[]) {
    return this.deps.db.manager.findBy(RoomEntity, { id: In([...ids]) });
  }

  roomTypesByIds(ids: readonly string[]) {
    return this.deps.db.manager.findBy(RoomTypeEntity, { id: In([...ids]) });
  }
}
