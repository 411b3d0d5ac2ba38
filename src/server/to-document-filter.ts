import type { FilterParams } from '../contracts/api.ts'
import type { DocumentFilter } from '../contracts/store.ts'
import { ApiError } from './errors.ts'
import { withoutUndefined } from './without-undefined.ts'

/** The store's filter from query-string parameters; an inverted date range is a 400. */
export function toDocumentFilter(params: FilterParams): DocumentFilter {
  const { text, id, lang, outlet, entity, technique, narrative, from, to } = params
  if (from !== undefined && to !== undefined && from > to)
    throw new ApiError(400, 'bad_request', `query.from (${from}) is after query.to (${to})`)
  return withoutUndefined({ text, id, lang, outlet, entity, technique, narrative, from, to })
}
