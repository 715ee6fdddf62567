import { inIdOrder, type ReferenceLoader } from '@hotelops/kernel';
import type { OrderService } from './order.service';

export const orderReference =
  (orders: OrderService): ReferenceLoader =>
  async (ids) =>
    inIdOrder(ids, await orders.byIds(ids));
