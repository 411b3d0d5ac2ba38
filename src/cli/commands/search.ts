import { parseArgs } from 'node:util'
import type { Facets, SearchResult, Snippet } from '../../contracts/store.ts'
import { openStore, storeLocation } from '../../store/open-store.ts'
import {
  FILTER_HELP,
  FILTER_OPTIONS,
  parseFilterOptions,
} from '../../store/parse-filter-options.ts'
import type { Store } from '../../store/store.ts'
import { StoreError } from '../../store/store-error.ts'
import { CliError } from '../cli-error.ts'
import { formatHeading } from '../format-heading.ts'

const HELP = `Usage: narrascope search "query" [options]

Ranked full-text search over the stored corpus, in each document's language (stemming, accents folded), with
snippets and facet counts. Query syntax: words (all must match), "a phrase", -word (exclude), or.

Options:
  --db PATH|URL             the store (default ./narrascope-data, or $NARRASCOPE_DB)
${FILTER_HELP}
  --limit N                 hits per page (default 10)
  --offset N                skip this many hits (next pages)
  --json                    print the result as JSON (the SearchResult contract)
  -h, --help                this help`

const BOLD = '\x1b[1m'
const RESET = '\x1b[0m'
// Facet values shown per facet in the terminal; --json has the full top 20.
const FACET_VALUES_SHOWN = 8

/** `narrascope search`: ranked full-text search with filters, snippets and facets. */
export const searchCommand = {
  summary: 'search the corpus: ranked hits with snippets, filters and facet counts',
  async run(argv: string[]): Promise<number> {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        ...FILTER_OPTIONS,
        limit: { type: 'string', default: '10' },
        offset: { type: 'string', default: '0' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    })
    if (values.help) {
      process.stdout.write(`${HELP}\n`)
      return 0
    }
    const { db, limit, offset, json, help: _help, ...filterValues } = values
    const filter = parseFilterOrExplain(positionals.join(' '), filterValues)
    const store = await openOrExplain(storeLocation(db))
    try {
      const result = await store.search({
        ...filter,
        limit: wholeNumber(limit, '--limit', 1),
        offset: wholeNumber(offset, '--offset', 0),
      })
      process.stdout.write(json ? `${JSON.stringify(result)}\n` : renderResult(result))
      return 0
    } finally {
      await store.close()
    }
  },
}

function renderResult(result: SearchResult): string {
  const mark = process.stdout.isTTY ? [BOLD, RESET] : ['**', '**']
  const what = result.query.text ? `"${result.query.text}"` : 'the filter'
  const lines = [`${result.total} documents match ${what} (${result.tookMs} ms)`, '']
  result.hits.forEach((hit, index) => {
    const about = [hit.outlet, hit.lang, hit.published].filter(Boolean).join(', ')
    lines.push(
      `${result.query.offset + index + 1}. ${formatHeading(hit.heading)}${about ? ` (${about})` : ''}`,
    )
    if (hit.url) lines.push(`   ${hit.url}`)
    lines.push(`   ${highlight(hit.snippet, mark[0]!, mark[1]!)}`, '')
  })
  lines.push(renderFacets(result.facets))
  return `${lines.join('\n')}\n`
}

function highlight(snippet: Snippet, open: string, close: string): string {
  let text = snippet.text
  for (const span of [...snippet.highlights].reverse())
    text = `${text.slice(0, span.start)}${open}${text.slice(span.start, span.end)}${close}${text.slice(span.end)}`
  return text
}

/** Facets as indented lines, one per facet that has values. */
export function renderFacets(facets: Facets): string {
  return Object.entries(facets)
    .filter(([, counts]) => counts.length > 0)
    .map(([name, counts]) => {
      const shown = counts
        .slice(0, FACET_VALUES_SHOWN)
        .map((facet) => `${facet.value} ${facet.count}`)
      const more = counts.length > FACET_VALUES_SHOWN ? ', …' : ''
      return `  ${name.padEnd(10)} ${shown.join(', ')}${more}`
    })
    .join('\n')
}

/** Parses filter options, turning a bad value into a usage error (exit code 2). */
export function parseFilterOrExplain(
  text: string,
  values: Parameters<typeof parseFilterOptions>[1],
): ReturnType<typeof parseFilterOptions> {
  try {
    return parseFilterOptions(text, values)
  } catch (error) {
    if (error instanceof StoreError) throw new CliError(error.message)
    throw error
  }
}

/** Opens an existing store, turning a store error (missing, locked, unreachable) into a CLI error. */
export async function openOrExplain(location: string): Promise<Store> {
  try {
    return await openStore(location, { mustExist: true })
  } catch (error) {
    if (error instanceof StoreError) throw new CliError(error.message, 1)
    throw error
  }
}

function wholeNumber(value: string, flag: string, minimum: number): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number < minimum)
    throw new CliError(`${flag} must be a whole number ≥ ${minimum}, not "${value}"`)
  return number
}
