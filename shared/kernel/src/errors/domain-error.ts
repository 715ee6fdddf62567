import { categoryOf, type ErrorCategory, type ErrorCode } from '@hotelops/contracts';

/** A rule of the domain said no. `code` is stable and documented in the contracts registry. */
export class DomainError extends Error {
  readonly category: ErrorCategory;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
    this.category = categoryOf(code);
  }
}

export const notFound = (code: ErrorCode, what: string, id: string) => new DomainError(code, `${what} ${id} was not found`, { id });
