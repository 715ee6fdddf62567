/**
 * One operation of the persisted-operations manifest: its exact text and the SHA-256 the gateway
 * knows it by. The type parameters carry the generated result and variables types.
 */
export interface PersistedOperation<TResult, TVariables> {
  readonly operationName: string;
  /** which front end owns it (front-desk, housekeeping, fnb-tablet, duty-manager) */
  readonly client: string;
  readonly query: string;
  readonly sha256: string;
  /** phantom fields: never set, they only carry the types */
  readonly __result?: TResult;
  readonly __variables?: TVariables;
}

/**
 * The request body that runs a persisted operation by hash (the APQ protocol): the gateway finds
 * the text in its manifest, so the document itself never travels.
 */
export function persistedRequestBody<R, V>(op: PersistedOperation<R, V>, variables: V) {
  return {
    operationName: op.operationName,
    variables,
    extensions: { persistedQuery: { version: 1, sha256Hash: op.sha256 } },
  };
}
