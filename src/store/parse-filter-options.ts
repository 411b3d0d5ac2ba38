import { type DocumentFilter, DocumentFilterSchema } from '../contracts/store.ts'
import { StoreError } from './store-error.ts'

/** The filter options shared by `search`, `stats` and `export`, as parseArgs declares them. */
export const FILTER_OPTIONS = {
  id: { type: 'string' },
  lang: { type: 'string' },
  outlet: { type: 'string' },
  entity: { type: 'string' },
  technique: { type: 'string' },
  narrative: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
} as const

/** Their help text, one line each. */
export const FILTER_HELP = `  --id ID                   the document with this id (its record id or hash, as in the analysed JSON)
  --lang CODE               documents in this language (fr, en, …); the query is stemmed for it
  --outlet NAME             documents from this outlet (case-insensitive)
  --entity NAME             documents naming this entity, by any spelling ("Tokayev", "Tokaïev")
  --technique LABEL         documents using this persuasion technique (Loaded_Language, …)
  --narrative ID            documents carrying this narrative
  --from YYYY-MM-DD         published on or after this day
  --to YYYY-MM-DD           published on or before this day`

/** Builds a validated document filter from command-line (or query-string) values; says which value is wrong. */
export function parseFilterOptions(
  text: string,
  values: Partial<Record<keyof typeof FILTER_OPTIONS, string | undefined>>,
): DocumentFilter {
  const given = Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== undefined),
  )
  const parsed = DocumentFilterSchema.safeParse({ text, ...given })
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `--${issue.path.join('.')}: ${issue.message}`,
    )
    throw new StoreError('bad_query', problems.join('; '))
  }
  if (parsed.data.from && parsed.data.to && parsed.data.from > parsed.data.to)
    throw new StoreError('bad_query', `--from ${parsed.data.from} is after --to ${parsed.data.to}`)
  return parsed.data
}
