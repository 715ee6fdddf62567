export * from './config';
export * from './gateway-server';
export * from './auth/staff-token';
export * from './limits/depth-limit';
