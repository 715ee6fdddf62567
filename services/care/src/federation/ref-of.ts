/** The stub a field returns for another subgraph's entity: its key, or null when none is set. */
export const refOf = (id: string | null): { id: string } | null => (id ? { id } : null);
