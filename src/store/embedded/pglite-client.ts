import type { PGlite, Transaction } from '@electric-sql/pglite'
import type { SqlClient, SqlQueryable } from '../sql-client.ts'

/** Wraps a PGlite instance as the store's SQL client. */
export function pgliteClient(db: PGlite): SqlClient {
  return {
    ...queryable(db),
    transaction: (work) => db.transaction((tx) => work(queryable(tx))),
    close: () => db.close(),
  }
}

function queryable(db: PGlite | Transaction): SqlQueryable {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      return (await db.query<Row>(sql, [...params])).rows
    },
    async exec(sql: string) {
      await db.exec(sql)
    },
  }
}
