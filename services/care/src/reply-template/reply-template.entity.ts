import { Column, Entity, Index } from 'typeorm';
import { IdColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';

/** A canned guest reply (快捷短语) for a category ('*' = any), with {placeholders} filled from the case. */
@Entity('reply_templates')
@Index(['propertyId', 'category'])
export class ReplyTemplateEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @Column({ type: 'varchar', length: 80 })
  category: string;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'text' })
  body: string;

  /** Archived templates stay for the record but are no longer offered. */
  @Column({ type: 'boolean', default: false })
  archived: boolean;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Date;
}
