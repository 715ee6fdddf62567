import { mintStaffToken } from '@hotelops/gateway';

/**
 * The token `npm start` prints: the demo hotel's general manager — the employee the staffing
 * seed hired into that position — so what needs an employee (approving compensation, signing
 * case notes) works with it as it does for real staff.
 */
export function mintDemoToken(
  demo: { propertyId: string; generalManagerId: string },
  jwt: { secret: string; issuer: string; audience: string },
  ttl = '30d',
): Promise<string> {
  return mintStaffToken({ employeeId: demo.generalManagerId, roles: ['general-manager'], properties: [demo.propertyId] }, jwt, ttl);
}
