import { OVER_SHORT_THRESHOLD_MINOR, approvingRole, dayCloseApprovalProblem, overShortExposure } from '../src/till/day-close.rules';

const CASHIER = 'c0000000-0000-4000-8000-000000000001';
const MANAGER = 'c0000000-0000-4000-8000-000000000002';
const OTHER = 'c0000000-0000-4000-8000-000000000003';

describe('day close approval (日结)', () => {
  const base = {
    closedBy: CASHIER,
    cashierIds: [CASHIER],
    approverId: MANAGER,
    approverRoles: ['fnb-manager'],
    exposureMinor: 300,
    reason: null,
  };
  const code = (over: Partial<typeof base> & { reason?: string | null }) => dayCloseApprovalProblem({ ...base, ...over })?.code ?? null;

  it('counts every till’s over/short by its size: an over does not hide a short', () => {
    expect(overShortExposure([-300, 300, null, 0])).toBe(600);
  });

  it('is approved only by F&B, duty or general managers', () => {
    expect(code({ approverRoles: ['cashier'] })).toBe('BUSINESS_DAY.APPROVER_UNAUTHORIZED');
    expect(code({ approverRoles: ['fnb-server', 'housekeeping'] })).toBe('BUSINESS_DAY.APPROVER_UNAUTHORIZED');
    for (const role of ['fnb-manager', 'duty-manager', 'general-manager']) expect(code({ approverRoles: [role] })).toBeNull();
    expect(approvingRole(['cashier', 'fnb-manager', 'general-manager'])).toBe('general-manager');
  });

  it('lets a manager approve their own close within the threshold, without a reason', () => {
    expect(code({ closedBy: MANAGER, exposureMinor: OVER_SHORT_THRESHOLD_MINOR })).toBeNull();
  });

  it('above the threshold wants someone else than the closer or a cashier of the day, with a reason', () => {
    const above = OVER_SHORT_THRESHOLD_MINOR + 1;
    expect(code({ closedBy: MANAGER, exposureMinor: above, reason: 'x' })).toBe('BUSINESS_DAY.SELF_APPROVAL');
    expect(code({ cashierIds: [MANAGER], exposureMinor: above, reason: 'x' })).toBe('BUSINESS_DAY.SELF_APPROVAL');
    expect(code({ approverId: null, exposureMinor: above, reason: 'x' })).toBe('BUSINESS_DAY.SELF_APPROVAL');
    expect(code({ exposureMinor: above, reason: '  ' })).toBe('BUSINESS_DAY.APPROVAL_REASON_REQUIRED');
    expect(code({ approverId: OTHER, exposureMinor: above, reason: 'Recounted with security' })).toBeNull();
  });
});
