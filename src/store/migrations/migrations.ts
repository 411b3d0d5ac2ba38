import { initialSchema } from './001-initial-schema.ts'
import { narrativeScores } from './002-narrative-scores.ts'
import { filterIndexes } from './003-filter-indexes.ts'
import { linksSchema } from './004-links.ts'
import { documentIdIndex } from './005-document-id-index.ts'
import { facetIds } from './006-facet-ids.ts'
import type { Migration } from './migration.ts'

/** Every schema migration, in order. Add a file and a line here; never edit an applied migration. */
export const MIGRATIONS: readonly Migration[] = [
  initialSchema,
  narrativeScores,
  filterIndexes,
  linksSchema,
  documentIdIndex,
  facetIds,
]
