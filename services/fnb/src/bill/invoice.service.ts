import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { DomainError, isUniqueViolation, lockForChange, type Caller, type ServiceDeps } from '@hotelops/kernel';
import { BillEntity, InvoiceEntity, InvoiceSequenceEntity } from './bill.entity';
import { BILL } from './bill.service';

/** Invoices / fiscal receipts (发票) issued on request for a settled bill: a numbered document, once per bill. */
export class InvoiceService {
  constructor(private readonly deps: ServiceDeps) {}

  async issue(billId: string, title: string, taxId: string | null, caller: Caller): Promise<InvoiceEntity> {
    if (!title.trim() || title.length > 200)
      throw new DomainError('INPUT.INVALID', 'An invoice title (抬头) has 1–200 characters', { field: 'title' });
    if (taxId && taxId.length > 30) throw new DomainError('INPUT.INVALID', 'A tax id has at most 30 characters', { field: 'taxId' });
    try {
      return await this.deps.db.transaction(async (em) => {
        const bill = await lockForChange(em, this.deps.db, BILL, billId, caller);
        if (bill.status !== 'SETTLED')
          throw new DomainError('BILL.INVALID_TRANSITION', `Bill ${bill.id} is ${bill.status}: invoices are issued for settled bills`, {
            status: bill.status,
          });
        if (await em.findOneBy(InvoiceEntity, { billId })) throw issued(billId);
        const number = await this.nextNumber(em, bill);
        const invoice = em.create(InvoiceEntity, {
          id: randomUUID(),
          propertyId: bill.propertyId,
          billId,
          number,
          title: title.trim(),
          taxId: taxId?.trim() || null,
          amountMinor: bill.subtotalMinor - bill.discountMinor,
          currency: bill.currency,
          issuedBy: caller.employeeId ?? null,
          issuedAt: this.deps.clock.now(),
        });
        await em.insert(InvoiceEntity, invoice);
        return invoice;
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw issued(billId);
      throw err;
    }
  }

  /** FP + year + a six-digit sequence per property, taken under the sequence row's lock. */
  private async nextNumber(em: EntityManager, bill: BillEntity): Promise<string> {
    let seq = await em.findOne(InvoiceSequenceEntity, { where: { id: bill.propertyId }, ...this.deps.db.forUpdate });
    if (!seq) {
      seq = em.create(InvoiceSequenceEntity, { id: bill.propertyId, propertyId: bill.propertyId, nextNumber: 1 });
      await em.insert(InvoiceSequenceEntity, seq);
    }
    const n = seq.nextNumber;
    await em.update(InvoiceSequenceEntity, { id: seq.id }, { nextNumber: n + 1 });
    return `FP${this.deps.clock.now().getUTCFullYear()}${String(n).padStart(6, '0')}`;
  }

  ofBills(billIds: readonly string[]) {
    return this.deps.db.manager.findBy(InvoiceEntity, { billId: In([...billIds]) });
  }
}

const issued = (billId: string) =>
  new DomainError('INVOICE.ALREADY_ISSUED', `An invoice was already issued for bill ${billId}`, { billId });
