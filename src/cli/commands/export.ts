import { createWriteStream } from 'node:fs'
import { parseArgs } from 'node:util'
import type { AnalyzedDocument } from '../../contracts/document.ts'
import { type ExportFormat, ExportFormatSchema } from '../../contracts/store.ts'
import { formatCsvRow } from '../../report/format-csv-row.ts'
import { openStore, storeLocation } from '../../store/open-store.ts'
import { FILTER_HELP, FILTER_OPTIONS } from '../../store/parse-filter-options.ts'
import type { Store } from '../../store/store.ts'
import { StoreError } from '../../store/store-error.ts'
import { CliError } from '../cli-error.ts'
import { parseFilterOrExplain } from './search.ts'

const HELP = `Usage: narrascope export ["query"] --format jsonl|csv [options]

Writes the whole corpus, or the documents matching a query and filters: JSONL (one analysed document per line,
the same contract as "analyze") or CSV (one row per document: metadata, entities, techniques, counts).

Options:
  --db PATH|URL             the store (default ./narrascope-data, or $NARRASCOPE_DB)
  --format jsonl|csv        output format (default jsonl)
  --out PATH                write to PATH instead of standard output
${FILTER_HELP}
  -h, --help                this help`

const CSV_COLUMNS = [
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
// Multi-valued cells are joined with this, which canonical names and labels do not contain.
const LIST_SEPARATOR = '; '

/** `narrascope export`: the corpus or a search, as JSONL or CSV. */
export const exportCommand = {
  summary: 'export the corpus or a search as JSONL or CSV',
  async run(argv: string[]): Promise<number> {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        format: { type: 'string', default: 'jsonl' },
        out: { type: 'string' },
        ...FILTER_OPTIONS,
        help: { type: 'boolean', short: 'h', default: false },
      },
    })
    if (values.help) {
      process.stdout.write(`${HELP}\n`)
      return 0
    }
    const { db, format: formatValue, out, help: _help, ...filterValues } = values
    const format = ExportFormatSchema.safeParse(formatValue)
    if (!format.success)
      throw new CliError(`--format must be one of jsonl, csv, not "${formatValue}"`)
    const filter = parseFilterOrExplain(positionals.join(' '), filterValues)
    const store = await openOrExplain(storeLocation(db))
    const output = out ? createWriteStream(out) : process.stdout
    let count = 0
    try {
      if (format.data === 'csv') await write(output, formatCsvRow(CSV_COLUMNS))
      for await (const stored of store.exportDocuments(filter)) {
        await write(output, formatLine(format.data, stored.storeId, stored.document))
        count++
      }
    } finally {
      await store.close()
      if (output !== process.stdout) await new Promise<void>((resolve) => output.end(resolve))
    }
    process.stderr.write(`narrascope: exported ${count} documents\n`)
    return 0
  },
}

function formatLine(format: ExportFormat, storeId: number, document: AnalyzedDocument): string {
  if (format === 'jsonl') return `${JSON.stringify(document)}\n`
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
  return formatCsvRow(CSV_COLUMNS.map((column) => cells[column]))
}

// Waits for the stream to drain when its buffer is full, so a large export keeps memory flat.
function write(output: NodeJS.WritableStream, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const flushed = output.write(chunk, (error) => (error ? reject(error) : undefined))
    if (flushed) resolve()
    else output.once('drain', resolve)
  })
}

async function openOrExplain(location: string): Promise<Store> {
  try {
    return await openStore(location, { mustExist: true })
  } catch (error) {
    if (error instanceof StoreError) throw new CliError(error.message, 1)
    throw error
  }
}
