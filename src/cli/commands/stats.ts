import { parseArgs } from 'node:util'
import type { CorpusStats } from '../../contracts/store.ts'
import { openStore, storeLocation } from '../../store/open-store.ts'
import { FILTER_HELP, FILTER_OPTIONS } from '../../store/parse-filter-options.ts'
import type { Store } from '../../store/store.ts'
import { StoreError } from '../../store/store-error.ts'
import { CliError } from '../cli-error.ts'
import { parseFilterOrExplain, renderFacets } from './search.ts'

const HELP = `Usage: narrascope stats ["query"] [options]

Summarises the corpus, or the documents matching a query and filters: counts, date range, pipeline versions,
languages, outlets, entities, techniques, narratives, months; errors and batches; size on disk.

Options:
  --db PATH|URL             the store (default ./narrascope-data, or $NARRASCOPE_DB)
${FILTER_HELP}
  --json                    print the CorpusStats contract as JSON
  -h, --help                this help`

const MIB = 1024 * 1024

/** `narrascope stats`: a summary of the corpus or of a search. */
export const statsCommand = {
  summary: 'summarise the corpus or a search: counts, facets, versions, errors, size',
  async run(argv: string[]): Promise<number> {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        ...FILTER_OPTIONS,
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    })
    if (values.help) {
      process.stdout.write(`${HELP}\n`)
      return 0
    }
    const { db, json, help: _help, ...filterValues } = values
    const filter = parseFilterOrExplain(positionals.join(' '), filterValues)
    const store = await openOrExplain(storeLocation(db))
    try {
      const stats = await store.stats(filter)
      process.stdout.write(json ? `${JSON.stringify(stats)}\n` : renderStats(stats, store.location))
      return 0
    } finally {
      await store.close()
    }
  },
}

function renderStats(stats: CorpusStats, location: string): string {
  const range =
    stats.firstPublished === null
      ? ''
      : `, published ${stats.firstPublished} to ${stats.lastPublished}`
  const versions = stats.pipelineVersions.map((version) => `${version.value} ${version.count}`)
  return `${[
    `${stats.documents} documents${range}`,
    `  pipeline   ${versions.join(', ') || '—'}`,
    renderFacets(stats.facets),
    `  errors     ${stats.errors} ("narrascope errors" lists them)`,
    `  batches    ${stats.batches.total} (${stats.batches.running} unfinished)`,
    `  store      ${location}, ${(stats.diskBytes / MIB).toFixed(1)} MiB`,
  ]
    .filter((line) => line !== '')
    .join('\n')}\n`
}

async function openOrExplain(location: string): Promise<Store> {
  try {
    return await openStore(location, { mustExist: true })
  } catch (error) {
    if (error instanceof StoreError) throw new CliError(error.message, 1)
    throw error
  }
}
