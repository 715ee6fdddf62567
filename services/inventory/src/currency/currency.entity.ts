import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TimestampColumn } from '@hotelops/kernel';
import type { CurrencySource } from './currency.rules';

/** A property's currency as inventory knows it (absent: DEFAULT_CURRENCY). */
@Entity('property_currencies')
export class PropertyCurrencyEntity {
  @PrimaryColumn({ name: 'property_id', type: 'varchar', length: 36 })
  propertyId: string;

  @Column({ type: 'varchar', length: 3 })
  currency: string;

  @Column({ type: 'varchar', length: 20 })
  source: CurrencySource;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Date;
}
