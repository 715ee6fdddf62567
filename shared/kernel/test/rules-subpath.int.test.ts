import { DomainError, systemClock } from '@hotelops/kernel/rules';
import { packagesLoadedBy } from '@hotelops/testing';

/** `@hotelops/kernel/rules` is what pure domain rules may import: it must stay framework-free. */
describe('@hotelops/kernel/rules', () => {
  it('exports the pure helpers', () => {
    expect(new DomainError('DEPARTMENT.NOT_FOUND', 'x').category).toBe('NOT_FOUND');
    expect(systemClock.now()).toBeInstanceOf(Date);
  });

  it('loads nothing but the event contracts and their schema library (compiled, resolved through "exports")', () => {
    expect(packagesLoadedBy('@hotelops/kernel/rules')).toEqual(['zod']);
  });
});
