import { readFileSync } from 'node:fs';
import { Parser } from '@asyncapi/parser';
import { EVENT_CONTRACTS } from '@hotelops/contracts';
import { ASYNCAPI_PATH, asyncApiText } from '../src/catalogue/asyncapi-file';

describe('AsyncAPI event catalogue', () => {
  const committed = readFileSync(ASYNCAPI_PATH, 'utf8');

  it('is a valid AsyncAPI 3 document', async () => {
    const { document, diagnostics } = await new Parser().parse(committed);
    // severity 0 = error; warnings (style hints) do not fail the catalogue
    expect(diagnostics.filter((d) => d.severity === 0)).toEqual([]);
    expect(document).toBeDefined();
    expect(document!.version()).toBe('3.0.0');
    const names = document!
      .allMessages()
      .all()
      .map((m) => m.name());
    expect(names.sort()).toEqual([...EVENT_CONTRACTS.keys()].sort());
    const checkedOut = document!
      .allMessages()
      .all()
      .find((m) => m.name() === 'hotelops.reservations.reservation.checked-out.v1')!;
    const topic = document!
      .channels()
      .all()
      .find((c) => c.address() === 'hotelops.reservations.reservation')!;
    expect(
      topic
        .messages()
        .all()
        .map((m) => m.name()),
    ).toContain('hotelops.reservations.reservation.checked-out.v1');
    expect(document!.operations().all().length).toBe(EVENT_CONTRACTS.size);
    expect(Object.keys(checkedOut.headers()!.properties())).toEqual(
      expect.arrayContaining(['ce_id', 'ce_type', 'ce_subject', 'ce_propertyid']),
    );
    expect(checkedOut.payload()!.required()).toEqual(expect.arrayContaining(['reservationId', 'propertyId']));
  });

  it('matches the contracts: run `npm run catalogue` and commit shared/contracts/asyncapi.json when this fails', () => {
    expect(committed).toBe(asyncApiText());
  });
});
