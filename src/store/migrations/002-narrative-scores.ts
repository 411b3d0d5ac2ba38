import type { Migration } from './migration.ts'

/**
 * Each stored narrative's score, aligned with the `narratives` ids, so a timeline can rank the documents behind
 * a point without decoding them. Documents stored before this migration keep an empty array: their scores read
 * as null until `ingest --reanalyse` rewrites them.
 */
export const narrativeScores: Migration = {
  version: 2,
  name: 'narrative scores',
  sql: `ALTER TABLE documents ADD COLUMN narrative_scores real[] NOT NULL DEFAULT '{}';`,
}
