import { createWriteStream } from 'node:fs'
import { parseArgs } from 'node:util'
import { ExportFormatSchema } from '../../contracts/store.ts'
import { writeExport } from '../../export/write-export.ts'
import { openStore, storeLocation } from '../../store/open-store.ts'
import { FILTER_HELP, FILTER_OPTIONS } from '../../store/parse-filter-options.ts'
import type { Store } from '../../store/store.ts'
import { StoreError } from '../../store/store-error.ts'
import { CliError } from '../cli-error.ts'
import { parseFilterOrExplain } from './search.ts'

const HELP = `Usage: narrascope export ["query"] --format jsonl|csv|stix|claimreview|jsonld [options]

Writes the whole corpus, or the documents matching a query and filters, as:
  jsonl        one analysed document per line (the same contract as "analyze")
  csv          one row per document: metadata, entities, techniques, narratives, counts
  stix         a STIX 2.1 bundle: a report per document, DISARM attack-patterns for its persuasion techniques,
               notes quoting the evidence, outlets and URLs
  claimreview  schema.org ClaimReview drafts (JSON-LD) for check-worthy sentences; the verdict (reviewRating),
               the reviewer and the date are left for the fact-checker: Narrascope never rates truth
  jsonld       schema.org NewsArticle (JSON-LD) per document, with author, publisher, translator,
               translationOfWork and isBasedOn from the provenance credits

Options:
  --db PATH|URL             the store (default ./narrascope-data, or $NARRASCOPE_DB)
  --format FORMAT           jsonl, csv, stix, claimreview or jsonld (default jsonl)
  --out PATH                write to PATH instead of standard output
${FILTER_HELP}
  -h, --help                this help`

/** `narrascope export`: the corpus or a search, in one of the export formats. */
export const exportCommand = {
  summary:
    'export the corpus or a search: JSONL, CSV, STIX 2.1, ClaimReview or NewsArticle JSON-LD',
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
      throw new CliError(
        `--format must be one of ${ExportFormatSchema.options.join(', ')}, not "${formatValue}"`,
      )
    const filter = parseFilterOrExplain(positionals.join(' '), filterValues)
    const store = await openOrExplain(storeLocation(db))
    const output = out ? createWriteStream(out) : process.stdout
    let count = 0
    try {
      count = await writeExport(format.data, store.exportDocuments(filter), (chunk) =>
        write(output, chunk),
      )
    } finally {
      await store.close()
      if (output !== process.stdout) await new Promise<void>((resolve) => output.end(resolve))
    }
    process.stderr.write(`narrascope: exported ${count} documents\n`)
    return 0
  },
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
