import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable } from '@hotelops/kernel';

/** Labour demand: staffing's view of booked stays, labour standards per department, demand per day. */
export class StaffingLabourDemand1764979200400 implements MigrationInterface {
  name = 'StaffingLabourDemand1764979200400';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      'forecast_stays',
      [
        col.id('reservation_id'),
        col.ref('property_id'),
        col.date('arrival'),
        col.date('departure'),
        col.text('status', false, 12),
        col.timestamp('updated_at'),
      ],
      { indices: [{ columns: ['property_id', 'arrival'] }, { columns: ['property_id', 'departure'] }] },
    );
    await createTable(
      qr,
      'labour_standards',
      [
        col.id(),
        col.ref('property_id'),
        col.text('department_code', false, 40),
        col.int('per_arrival'),
        col.int('per_departure'),
        col.int('per_stayover'),
        col.int('fixed_daily'),
        col.timestamp('updated_at'),
      ],
      { indices: [{ columns: ['property_id', 'department_code'], unique: true }] },
    );
    await createTable(
      qr,
      'labour_demand',
      [
        col.id(),
        col.ref('property_id'),
        col.text('department_code', false, 40),
        col.date('date'),
        col.int('arrivals'),
        col.int('departures'),
        col.int('stayovers'),
        col.int('required_minutes'),
        col.timestamp('computed_at'),
      ],
      { indices: [{ columns: ['property_id', 'department_code', 'date'], unique: true }, { columns: ['property_id', 'date'] }] },
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const t of ['labour_demand', 'labour_standards', 'forecast_stays']) await qr.dropTable(t);
  }
}
