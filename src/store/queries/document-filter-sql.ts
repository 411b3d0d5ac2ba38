import type { DocumentFilter } from '../../contracts/store.ts'
import { SEARCH_CONFIGS, searchConfigFor } from '../search-config.ts'

/**
 * A filter whose entity, technique and narrative have been resolved to facet value ids (`facetIds`: for each,
 * the ids a document must carry one of; an entity may mean several canonical names), and whose text has been
 * stemmed (`tsquery`, see `stemQuery`; null when the text has nothing to search for). `narrative` stays for
 * the narrative timeline, which shows that narrative alone; its condition is in `facetIds`.
 */
export type ResolvedFilter = Omit<DocumentFilter, 'entity' | 'technique'> & {
  facetIds?: number[][]
  tsquery?: string | null
}

/** The query parameters a filter binds; append the statement's own after them. */
export type SqlParams = unknown[]

/** The text search configurations a query must be run in: the filter language's, or every one. */
export function configsFor(filter: Pick<DocumentFilter, 'lang'>): string[] {
  return filter.lang
    ? [searchConfigFor(filter.lang)]
    : SEARCH_CONFIGS.map((base) => `narrascope_${base}`)
}

/**
 * Builds the WHERE condition (over alias `d`) for a filter, pushing its values onto `params`. A text query
 * without a language matches any of its stemmings ("manifestation" as French, English, …), so it finds
 * documents in every language; with `lang`, only that language's stemming is used.
 */
export function documentFilterSql(filter: ResolvedFilter, params: SqlParams): string {
  const conditions: string[] = []
  const bind = (value: unknown): string => {
    params.push(value)
    return `$${params.length}`
  }
  if (filter.text.trim() !== '') {
    if (filter.tsquery === undefined) {
      // Configuration names come from our own constant list, never from the user.
      const union = configsFor(filter).map(
        (config) => `websearch_to_tsquery('${config}', ${bind(filter.text)})`,
      )
      conditions.push(`d.search_vector @@ (${union.join(' || ')})`)
    } else if (filter.tsquery === null) conditions.push('FALSE')
    else conditions.push(`d.search_vector @@ ${bind(filter.tsquery)}::tsquery`)
  }
  if (filter.id) conditions.push(`d.doc_id = ${bind(filter.id)}`)
  if (filter.lang) conditions.push(`d.lang = ${bind(filter.lang)}`)
  if (filter.outlet) conditions.push(`lower(d.outlet) = lower(${bind(filter.outlet)})`)
  // A value no document carries has no id: nothing can match it.
  for (const ids of filter.facetIds ?? [])
    conditions.push(ids.length === 0 ? 'FALSE' : `d.facet_ids && ${bind(ids)}::integer[]`)
  if (filter.from) conditions.push(`d.published >= ${bind(filter.from)}::date`)
  if (filter.to) conditions.push(`d.published <= ${bind(filter.to)}::date`)
  return conditions.length === 0 ? 'TRUE' : conditions.join(' AND ')
}
