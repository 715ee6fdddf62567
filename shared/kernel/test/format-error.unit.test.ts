import { GraphQLError } from 'graphql';
import { DomainError, createErrorFormatter, createLogger } from '@hotelops/kernel';

describe('error formatter', () => {
  const logger = createLogger('test', 'silent');
  const errorSpy = jest.spyOn(logger, 'error');
  const format = createErrorFormatter(logger);

  it('maps a domain error to its category and reason', () => {
    const e = new DomainError('RESERVATION.NO_AVAILABILITY', 'No Deluxe King is available', { roomTypeId: 't1' });
    expect(format({ message: 'x', path: ['createReservation'] }, new GraphQLError('x', { originalError: e }))).toEqual({
      message: 'No Deluxe King is available',
      path: ['createReservation'],
      extensions: { code: 'CONFLICT', reason: 'RESERVATION.NO_AVAILABILITY', roomTypeId: 't1' },
    });
  });

  it('masks and logs anything unexpected', () => {
    const secret = new Error('connection to db-password@10.0.0.1 failed');
    const out = format({ message: secret.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, new GraphQLError(secret.message, { originalError: secret }));
    expect(out).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(out)).not.toContain('password');
    expect(errorSpy).toHaveBeenCalled();
  });
});
