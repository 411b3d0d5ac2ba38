import { type FilterParams, FilterParamsSchema } from '@src/contracts/api.ts'

const PartialFilterSchema = FilterParamsSchema.partial()

/** A filter as the UI holds it: every field optional (undefined removes it), the query text in `text`. */
export type UiFilter = { [Field in keyof FilterParams]?: FilterParams[Field] | undefined }

/** The filter fields in the order they appear in URLs, so equal filters give equal URLs (and cache keys). */
export const FILTER_FIELDS = [
  'text',
  'lang',
  'outlet',
  'entity',
  'technique',
  'narrative',
  'from',
  'to',
] as const
export type FilterField = (typeof FILTER_FIELDS)[number]

/** Query-string parameters for a filter plus extra parameters, leaving out empty values. */
export function toQueryString(
  filter: UiFilter,
  extra: Readonly<Record<string, string | number | undefined>> = {},
): string {
  const params = new URLSearchParams()
  for (const field of FILTER_FIELDS) {
    const value = filter[field]
    if (value) params.set(field, value)
  }
  for (const [name, value] of Object.entries(extra))
    if (value !== undefined && value !== '') params.set(name, String(value))
  const query = params.toString()
  return query ? `?${query}` : ''
}

/** The filter named by query-string parameters (the page's URL); unknown or invalid parameters are ignored. */
export function fromSearchParams(params: URLSearchParams): UiFilter {
  const raw: Record<string, string> = {}
  for (const field of FILTER_FIELDS) {
    const value = params.get(field)
    if (value) raw[field] = value
  }
  const parsed = PartialFilterSchema.safeParse(raw)
  if (parsed.success) return parsed.data
  // A hand-edited URL (a technique that does not exist, a malformed date): keep the fields that are valid.
  const invalid = new Set(parsed.error.issues.map((issue) => issue.path[0]))
  return PartialFilterSchema.parse(
    Object.fromEntries(Object.entries(raw).filter(([field]) => !invalid.has(field))),
  )
}
