import { Column } from 'typeorm';
import { RefColumn, TimestampColumn } from '@hotelops/kernel';

/**
 * The columns every request a manager decides carries (leave, shift swap or cover): who decided,
 * when and with what note, and when it was asked and last changed. Declared once; the tables keep
 * them as their migrations created them.
 */
export abstract class DecidedRequestColumns {
  @RefColumn({ name: 'decided_by', nullable: true })
  decidedBy: string | null;

  @TimestampColumn({ name: 'decided_at', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Date;
}
