import { inIdOrder, type ReferenceLoader, type RequestContext } from '@hotelops/kernel';
import type { PropertyEntity } from './property.entity';
import type { PropertyService } from './property.service';

/** Properties by id, one query per request: for every field that returns a property. */
export const loadProperty = (ctx: RequestContext, properties: PropertyService) =>
  ctx.loader<PropertyEntity>('Property', async (ids) => inIdOrder(ids, await properties.byIds(ids)));

export const propertyReference =
  (properties: PropertyService): ReferenceLoader =>
  async (ids) =>
    inIdOrder(ids, await properties.byIds(ids));
