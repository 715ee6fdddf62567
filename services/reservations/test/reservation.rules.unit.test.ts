import { RESERVATION_MACHINE, changedFields, isPastNoShowCutoff, type StayTerms } from '../src/reservation/reservation.rules';
import { localDate, localTime } from '../src/calendar/calendar.rules';

describe('no-show cut-off', () => {
  it('reads the property’s local day and time', () => {
    const instant = new Date('2030-03-01T16:30:00Z');
    expect(localDate(instant, 'Asia/Shanghai')).toBe('2030-03-02');
    expect(localTime(instant, 'Asia/Shanghai')).toBe('00:30');
    expect(localTime(instant, 'Europe/Berlin')).toBe('17:30');
  });
  it('is past on the arrival day from the cut-off, and on any later day', () => {
    expect(isPastNoShowCutoff('2030-03-01', '2030-03-01', '19:59', '20:00')).toBe(false);
    expect(isPastNoShowCutoff('2030-03-01', '2030-03-01', '20:00', '20:00')).toBe(true);
    expect(isPastNoShowCutoff('2030-03-01', '2030-03-02', '00:10', '20:00')).toBe(true);
    expect(isPastNoShowCutoff('2030-03-02', '2030-03-01', '23:00', '20:00')).toBe(false);
  });
  it('lets tentative and confirmed stays become no-shows, not checked-in ones', () => {
    expect(RESERVATION_MACHINE.transition('TENTATIVE', 'noShow')).toEqual({ ok: true, from: 'TENTATIVE', to: 'NO_SHOW' });
    expect(RESERVATION_MACHINE.transition('CHECKED_IN', 'noShow')).toMatchObject({ ok: false });
  });
});

describe('what a modification changes', () => {
  const stay: StayTerms = {
    arrival: '2030-03-01',
    departure: '2030-03-03',
    roomTypeId: 't1',
    ratePlanId: null,
    adults: 2,
    guestName: 'Li Na',
    specialRequests: null,
  };
  it('counts only the fields given with another value', () => {
    expect(changedFields(stay, {})).toEqual([]);
    expect(changedFields(stay, { ...stay })).toEqual([]);
    expect(changedFields(stay, { arrival: '2030-03-01', departure: '2030-03-04', adults: undefined })).toEqual(['departure']);
    expect(changedFields(stay, { guestName: 'Li Na', adults: 1, roomTypeId: 't2' })).toEqual(['roomTypeId', 'adults']);
  });
  it('treats empty special requests as none', () => {
    expect(changedFields(stay, { specialRequests: '' })).toEqual([]);
    expect(changedFields(stay, { specialRequests: 'late arrival' })).toEqual(['specialRequests']);
    expect(changedFields({ ...stay, specialRequests: 'late arrival' }, { specialRequests: '' })).toEqual(['specialRequests']);
  });
});
