/** Request headers a browser client may send cross-origin (CORS preflight). */
export const CORS_ALLOWED_HEADERS = [
  'authorization',
  'content-type',
  'x-api-key',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'x-correlation-id',
  'traceparent',
  'tracestate',
];
