import { inIdOrder, type ReferenceLoader, type RequestContext } from '@hotelops/kernel';
import type { LocationEntity } from './location.entity';
import type { LocationService } from './location.service';

/** Locations by id, one query per request: for every field that returns a location. */
export const loadLocation = (ctx: RequestContext, locations: LocationService) =>
  ctx.loader<LocationEntity>('Location', async (ids) => inIdOrder(ids, await locations.byIds(ids)));

export const locationReference =
  (locations: LocationService): ReferenceLoader =>
  async (ids) =>
    inIdOrder(ids, await locations.byIds(ids));
