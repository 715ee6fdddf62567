import { renderTemplate, unknownPlaceholders } from '../src/reply-template/reply-template.rules';

describe('reply templates', () => {
  it('fills the placeholders from the case and addresses a nameless guest as guest', () => {
    const body = 'Dear {guestName}, re {caseNumber}: {subject}. {guestName}, thank you.';
    expect(renderTemplate(body, { guestName: 'Li Wei', caseNumber: 'C-000042', subject: 'Noise' })).toBe(
      'Dear Li Wei, re C-000042: Noise. Li Wei, thank you.',
    );
    expect(renderTemplate('Dear {guestName}', { guestName: null, caseNumber: 'C-1', subject: 's' })).toBe('Dear guest');
  });

  it('names placeholders it does not know, once each', () => {
    expect(unknownPlaceholders('Hi {guestName} {room} {room} {date}')).toEqual(['room', 'date']);
    expect(unknownPlaceholders('no placeholders')).toEqual([]);
  });
});
