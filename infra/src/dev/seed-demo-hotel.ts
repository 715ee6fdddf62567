import { InProcessTransport, type SubgraphApp } from '@hotelops/kernel';
import { seedDemo as seedCare } from '@hotelops/care';
import { seedDemo as seedFnb, seedDemoRecipes } from '@hotelops/fnb';
import { seedDemo as seedInventory } from '@hotelops/inventory';
import { seedDemo as seedReservations, type ReservationsDemo } from '@hotelops/reservations';
import { seedDemo as seedStaffing } from '@hotelops/staffing';

/**
 * Seeds the demo hotel across the five subgraphs, each through its own services (so the
 * outbox records real events). Every seed is a no-op when its data exists.
 */
export async function seedDemoHotel(
  apps: Record<string, SubgraphApp>,
): Promise<ReservationsDemo & { employees: number; generalManagerId: string }> {
  const hotel = await seedReservations(apps.reservations.deps);
  // Care and F&B keep their own view of stays from reservations' events: deliver them first.
  await delivered(apps.reservations);
  const { employees } = await seedStaffing(apps.staffing.deps, { propertyId: hotel.propertyId });
  const { outlets } = await seedFnb(apps.fnb.deps, {
    propertyId: hotel.propertyId,
    currency: hotel.currency,
    timeZone: hotel.timeZone,
    inHouseReservationIds: hotel.inHouseReservationIds,
  });
  await seedInventory(apps.inventory.deps, { propertyId: hotel.propertyId, outlets });
  // F&B's demo recipes name inventory's demo items, which exist only now.
  const items = await apps.inventory.deps.db.manager
    .createQueryBuilder()
    .select(['i.id AS id', 'i.sku AS sku'])
    .from('items', 'i')
    .where('i.property_id = :p', { p: hotel.propertyId })
    .getRawMany<{ id: string; sku: string }>();
  await seedDemoRecipes(apps.fnb.deps, { propertyId: hotel.propertyId, ingredients: Object.fromEntries(items.map((i) => [i.sku, i.id])) });
  await seedCare(apps.care.deps, {
    propertyId: hotel.propertyId,
    reservationIds: hotel.reservationIds,
    employeeIds: employees.filter((e) => e.departmentCode === 'customer-service').map((e) => e.id),
  });
  const manager = employees.find((e) => e.positionCode === 'general-manager');
  if (!manager) throw new Error('the staffing demo has no general manager');
  return { ...hotel, employees: employees.length, generalManagerId: manager.id };
}

/** Publishes what a seed wrote to the outbox and waits until in-process consumers have handled it. */
async function delivered(app: SubgraphApp): Promise<void> {
  await app.relay.flush();
  if (app.transport instanceof InProcessTransport) await app.transport.idle();
}
