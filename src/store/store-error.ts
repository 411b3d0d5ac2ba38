/** Machine-readable reasons the store refuses to open or to act. */
export type StoreErrorCode =
  | 'store_locked'
  | 'store_unreachable'
  | 'store_invalid'
  | 'migration_failed'
  | 'queue_needs_postgres'
  | 'bad_query'

/** A store failure the user can act on: the message says what happened and what to do. */
export class StoreError extends Error {
  readonly code: StoreErrorCode

  constructor(code: StoreErrorCode, message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'StoreError'
    this.code = code
  }
}
