/** Runs SQL: one connection, or one transaction on it. */
export interface SqlQueryable {
  /** Runs one statement with positional parameters ($1, $2, …) and returns its rows. */
  query<Row>(sql: string, params?: readonly unknown[]): Promise<Row[]>
  /** Runs several statements without parameters (migrations). */
  exec(sql: string): Promise<void>
}

/**
 * The only thing the store's queries need from a database: PGlite (embedded) and node-postgres (server) both
 * implement it, so every query in `queries/` runs unchanged on either engine.
 */
export interface SqlClient extends SqlQueryable {
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T>
  close(): Promise<void>
}
