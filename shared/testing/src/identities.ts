import { signIdentity, type IdentityClaims } from '@hotelops/kernel';
import { TEST_IDENTITY_SECRET } from './config';

export const staff = (roles: string[], propertyIds: string[] = ['*'], subject?: string): IdentityClaims => ({
  kind: 'staff',
  subject,
  roles,
  scopes: [],
  propertyIds,
});
export const anonymous = (): IdentityClaims => ({ kind: 'anonymous', roles: [], scopes: [], propertyIds: [] });
export const manager = (propertyIds: string[] = ['*']) => staff(['general-manager'], propertyIds);

export const signedHeaders = (claims: IdentityClaims) => signIdentity(claims, TEST_IDENTITY_SECRET);
