import type { FacetCount } from '../../contracts/store.ts'
import type { SqlQueryable } from '../sql-client.ts'
import { documentFilterSql, type ResolvedFilter } from './document-filter-sql.ts'

/** Totals for `stats`: documents matching a filter, their pipeline versions and date range, and store-wide counts. */
export interface CorpusSummary {
  documents: number
  pipelineVersions: FacetCount[]
  firstPublished: string | null
  lastPublished: string | null
  errors: number
  batches: number
  runningBatches: number
  diskBytes: number
}

/** Sums up the documents matching a filter and the store as a whole, in one round trip. */
export async function getCorpusSummary(
  client: SqlQueryable,
  filter: ResolvedFilter,
): Promise<CorpusSummary> {
  const params: unknown[] = []
  const where = documentFilterSql(filter, params)
  const [row] = await client.query<Omit<CorpusSummary, 'pipelineVersions'> & { versions: string }>(
    `WITH m AS MATERIALIZED (SELECT d.published, d.pipeline_version FROM documents AS d WHERE ${where})
     SELECT
       (SELECT count(*) FROM m)::integer AS documents,
       (SELECT coalesce(json_agg(json_build_object('value', v.pipeline_version, 'count', v.count)
          ORDER BY v.count DESC), '[]')::text
        FROM (SELECT pipeline_version, count(*)::integer AS count FROM m GROUP BY 1) AS v) AS versions,
       (SELECT to_char(min(m.published), 'YYYY-MM-DD') FROM m) AS "firstPublished",
       (SELECT to_char(max(m.published), 'YYYY-MM-DD') FROM m) AS "lastPublished",
       (SELECT count(*) FROM ingest_errors)::integer AS errors,
       (SELECT count(*) FROM batches)::integer AS batches,
       (SELECT count(*) FROM batches WHERE status = 'running')::integer AS "runningBatches",
       pg_database_size(current_database())::float8 AS "diskBytes"`,
    params,
  )
  if (!row) throw new Error('summary query gave no row')
  const { versions, ...summary } = row
  return { ...summary, pipelineVersions: JSON.parse(versions) as FacetCount[] }
}
