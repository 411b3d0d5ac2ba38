/** One versioned schema change; versions are applied in order, once, and recorded in `schema_migrations`. */
export interface Migration {
  readonly version: number
  readonly name: string
  readonly sql: string
  /**
   * Statements run once the migration's transaction has committed, by the process that applied it, outside
   * any transaction: upkeep PostgreSQL refuses inside one, such as compacting a rewritten table.
   */
  readonly afterCommit?: readonly string[]
}
