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
    const out = format(
      { message: secret.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      new GraphQLError(secret.message, { originalError: secret }),
    );
    expect(out).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(out)).not.toContain('password');
    expect(errorSpy).toHaveBeenCalled();
  });
});

describe('validation errors', () => {
  it('name each invalid field, nested ones with their path', () => {
    const { ArgumentValidationError } = jest.requireActual('type-graphql');
    const e = new ArgumentValidationError([
      { property: 'guestName', constraints: { isNotEmpty: 'guestName should not be empty' }, children: [] },
      {
        property: 'lines',
        children: [
          { property: '0', children: [{ property: 'quantity', constraints: { min: 'quantity must not be less than 1' }, children: [] }] },
        ],
      },
    ]);
    const out = createErrorFormatter(createLogger('test', 'silent'))({ message: 'x' }, new GraphQLError('x', { originalError: e }));
    expect(out.message).toBe(
      'Invalid input — guestName: guestName should not be empty; lines[0].quantity: quantity must not be less than 1',
    );
    expect(out.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'INPUT.INVALID', fields: ['guestName', 'lines[0].quantity'] });
  });
});
