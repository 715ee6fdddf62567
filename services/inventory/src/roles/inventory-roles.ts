import type { Role } from '@hotelops/kernel';

/**
 * Who keeps the store: the storekeeper (库管员) and the store department manager (仓库经理,
 * 商品/盘点), who may do everything a storekeeper does.
 */
export const STORE_KEEPERS: Role[] = ['storekeeper', 'store-manager'];

/**
 * The store department manager's approvals — count variances, damage disposal, transit loss,
 * asset disposal — which a storekeeper may not give; the general manager always may.
 */
export const STORE_APPROVERS: Role[] = ['store-manager'];
