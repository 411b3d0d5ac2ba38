import type { AnalyzedDocument } from '../contracts/document.ts'
import { formatCsvRow } from '../report/format-csv-row.ts'

/** The columns of a CSV export, one row per document. */
export const CSV_COLUMNS = [
  'store_id',
  'id',
  'url',
  'title',
  'lang',
  'outlet',
  'published',
  'pipeline_version',
  'entities',
  'techniques',
  'narratives',
  'quotes',
  'sourcing',
  'issues',
] as const

// A cell opening with these is a formula to spreadsheet programs; article titles are untrusted (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/u
// Multi-valued cells are joined with this, which canonical names and labels do not contain.
const LIST_SEPARATOR = '; '

/** One CSV line (with its newline) for a document: metadata, entities, techniques, narratives, counts. */
export function toCsvRow(storeId: number, document: AnalyzedDocument): string {
  const unique = (values: string[]) => [...new Set(values)].join(LIST_SEPARATOR)
  const cells: Record<(typeof CSV_COLUMNS)[number], string | number> = {
    store_id: storeId,
    id: document.id,
    url: document.source.url ?? '',
    title: document.title ?? '',
    lang: document.lang ?? '',
    outlet: document.source.outlet ?? document.source.siteName ?? '',
    published: document.source.published ?? '',
    pipeline_version: document.pipeline.version,
    entities: unique((document.entities ?? []).map((entity) => entity.canonical)),
    techniques: unique((document.techniques ?? []).map((technique) => technique.label)),
    narratives: unique((document.narratives ?? []).map((narrative) => narrative.id)),
    quotes: document.quotes?.length ?? 0,
    sourcing: document.sourcing?.length ?? 0,
    issues: document.issues.length,
  }
  return formatCsvRow(CSV_COLUMNS.map((column) => defuseFormula(cells[column])))
}

/** The header line. */
export const CSV_HEADER = formatCsvRow(CSV_COLUMNS)

function defuseFormula(value: string | number): string | number {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value
}
