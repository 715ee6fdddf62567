/** CORS from config: `allowed` is ["*"] or a list of exact origins; nothing is sent for other origins. */
export function corsHeaders(allowed: readonly string[], origin: string | undefined): Record<string, string> {
  if (!origin || allowed.length === 0) return {};
  if (allowed.includes('*')) return { 'access-control-allow-origin': '*' };
  if (allowed.includes(origin)) return { 'access-control-allow-origin': origin, vary: 'Origin' };
  return {};
}

export function preflightHeaders(allowed: readonly string[], origin: string | undefined): Record<string, string> {
  const base = corsHeaders(allowed, origin);
  if (!base['access-control-allow-origin']) return base;
  return {
    ...base,
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-allow-headers':
      'authorization, content-type, x-api-key, apollo-require-preflight, x-apollo-operation-name, x-correlation-id, traceparent, tracestate',
    'access-control-max-age': '600',
  };
}
