import type pg from 'pg'
import type { SqlClient, SqlQueryable } from '../sql-client.ts'

/** Wraps a node-postgres pool as the store's SQL client; a transaction holds one pooled connection. */
export function pgClient(pool: pg.Pool): SqlClient {
  return {
    ...queryable(pool),
    async transaction(work) {
      const connection = await pool.connect()
      try {
        await connection.query('BEGIN')
        const result = await work(queryable(connection))
        await connection.query('COMMIT')
        return result
      } catch (error) {
        await connection.query('ROLLBACK').catch(() => {
          // The connection is broken (that may be why the work failed); release() below discards it.
        })
        throw error
      } finally {
        connection.release()
      }
    },
    close: () => pool.end(),
  }
}

function queryable(connection: pg.Pool | pg.PoolClient): SqlQueryable {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      return (await connection.query(sql, [...params])).rows as Row[]
    },
    async exec(sql: string) {
      await connection.query(sql)
    },
  }
}
