// Optional features the server gets from other stages: the cypher/ library of named queries (src/query)
// and the html report (src/export). Interfaces only, so the server does not depend on their modules.

export interface NamedQueryInfo {
  name: string;
  description: string;
  params: Array<{ name: string; type: string; required: boolean; description?: string }>;
}

export interface NamedQueryResult {
  name: string;
  columns: string[];
  rows: Array<Record<string, unknown>>;
  truncated: boolean;
}

export interface NamedQueries {
  list(): NamedQueryInfo[];
  /** Validates `params` (strings from the query string) against the query's own schema; null = no such query. */
  run(name: string, params: Record<string, string>, maxRows: number): Promise<NamedQueryResult | null>;
}

/** Renders the export feature's html report for the given entity ids. */
export type ReportRenderer = (entityIds: string[], title: string) => Promise<string>;
