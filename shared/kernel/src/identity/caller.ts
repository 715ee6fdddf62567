import { DomainError } from '../errors/domain-error';
import { EMPLOYEE, STAFF, SUPER_ROLES, SYSTEM_ROLE } from './roles';
import type { IdentityClaims } from './identity';

/** The verified caller of one request, with the checks resolvers and services need. */
export class Caller {
  constructor(readonly claims: IdentityClaims) {}

  get isAuthenticated(): boolean {
    return this.claims.kind !== 'anonymous';
  }
  get employeeId(): string | undefined {
    return this.claims.kind === 'staff' ? this.claims.subject : undefined;
  }

  /**
   * Role names, or partner scopes written as 'scope:<name>', as used in @Authorized(...).
   * A bare @Authorized() admits staff and system callers; a partner key reaches only what a rule
   * grants one of its scopes (least privilege for machine callers).
   */
  satisfies(rules: readonly string[]): boolean {
    if (!this.isAuthenticated) return false;
    if (this.claims.kind === 'partner')
      return rules.some((rule) => rule.startsWith('scope:') && this.claims.scopes.includes(rule.slice(6)));
    if (rules.length === 0 || rules.includes(STAFF)) return true;
    if (this.claims.roles.includes(SYSTEM_ROLE)) return true;
    if (this.claims.roles.some((r) => (SUPER_ROLES as readonly string[]).includes(r))) return true;
    if (rules.includes(EMPLOYEE) && this.claims.kind === 'staff' && this.claims.subject) return true;
    return rules.some((rule) =>
      rule.startsWith('scope:') ? this.claims.scopes.includes(rule.slice(6)) : this.claims.roles.includes(rule),
    );
  }

  canAccessProperty(propertyId: string): boolean {
    return this.claims.propertyIds.includes('*') || this.claims.propertyIds.includes(propertyId);
  }

  /** Throws FORBIDDEN unless the caller may act on this property. */
  assertProperty(propertyId: string): void {
    if (!this.canAccessProperty(propertyId)) {
      throw new DomainError('AUTH.PROPERTY_FORBIDDEN', `No access to property ${propertyId}`, { propertyId });
    }
  }

  /**
   * Whether the caller may send a channel's reservations: a partner only for a channel its key is
   * bound to (a key cannot speak for another channel by naming it); staff and system callers, who
   * key or replay channel bookings by hand, are not bound to a channel.
   */
  canActForChannel(channelCode: string | null): boolean {
    if (this.claims.kind !== 'partner') return true;
    return channelCode !== null && (this.claims.channels ?? []).includes(channelCode);
  }

  /** Channel codes to filter a query by (a partner sees its channels' rows only); undefined means no restriction. */
  channelScope(): string[] | undefined {
    return this.claims.kind === 'partner' ? [...(this.claims.channels ?? [])] : undefined;
  }

  /** Throws FORBIDDEN (AUTH.CHANNEL_NOT_BOUND) unless the caller may act for this channel. */
  assertChannel(channelCode: string): void {
    if (!this.canActForChannel(channelCode)) {
      const bound = this.claims.channels ?? [];
      throw new DomainError(
        'AUTH.CHANNEL_NOT_BOUND',
        bound.length
          ? `This API key may act only for channel(s) ${bound.join(', ')}, not ${channelCode}`
          : `This API key is bound to no channel, so it may not act for ${channelCode}; ask for the key to be bound to its channel`,
        { channel: channelCode, boundChannels: bound },
      );
    }
  }

  /** Property ids to filter a query by; undefined means no restriction. */
  propertyScope(): string[] | undefined {
    return this.claims.propertyIds.includes('*') ? undefined : this.claims.propertyIds;
  }
}
