import { createWriteStream } from 'node:fs'
import { parseArgs } from 'node:util'
import { analyzeArticle } from '../../analyze/analyze-article.ts'
import type { AnalyzedDocument } from '../../contracts/document.ts'
import type { LinkResult } from '../../contracts/link.ts'
import { readInputs } from '../../ingest/read-input.ts'
import { LINK_COMPONENTS } from '../../link/link-components.ts'
import { linkDocuments } from '../../link/link-documents.ts'
import { linkStoredDocuments } from '../../link/link-stored-documents.ts'
import { createPipeline } from '../../pipeline/create-pipeline.ts'
import { storeLocation } from '../../store/open-store.ts'
import { FILTER_HELP, FILTER_OPTIONS } from '../../store/parse-filter-options.ts'
import { CliError } from '../cli-error.ts'
import { describeStories } from '../describe-stories.ts'
import { openStoreOrExplain } from '../open-store-or-explain.ts'
import { Progress } from '../progress.ts'
import { parseFilterOrExplain } from './search.ts'

const HELP = `Usage: narrascope link <file|dir|url|feed|jsonl|->... [options]
       narrascope link --db PATH|URL [filters] [--json]

Finds the versions of each piece across the inputs (republications, translations, excerpts, in any language),
groups them into stories with their original and provenance order, and links quotations, shared claims and
independent articles on the same event.

With --db, links the documents of a store (all, or those the filters select) and keeps the result there as the
store's current stories, links and provenance graph ("narrascope stories" reads them).

Options:
  --json                    print the full result as JSON (stories, edges, provenance graph); with --db, the run
  --db PATH|URL             link the stored documents of this store instead of inputs
${FILTER_HELP}
  --out PATH                write to PATH instead of standard output
  --allow-private-network   let URLs reach loopback, private and link-local addresses
  --max-bytes N             refuse inputs larger than N bytes (default 50000000)
  --timeout-ms N            HTTP timeout per URL (default 15000)
  -h, --help                this help

Exit code: 0 when every input was read, 1 when some failed (each failure is named on stderr), 2 on bad usage.`

/** Options shared by the verbs that read and analyse inputs before working across documents. */
export const INPUT_OPTIONS = {
  json: { type: 'boolean', default: false },
  out: { type: 'string' },
  'allow-private-network': { type: 'boolean', default: false },
  'max-bytes': { type: 'string' },
  'timeout-ms': { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const

/** Reads every input and analyses it with the layers the linker reads; failures are named on stderr and counted. */
export async function analyzeInputs(
  inputs: string[],
  values: { 'allow-private-network': boolean; 'max-bytes'?: string; 'timeout-ms'?: string },
): Promise<{ documents: AnalyzedDocument[]; failures: number }> {
  const progress = new Progress()
  const pipeline = createPipeline(LINK_COMPONENTS)
  const documents: AnalyzedDocument[] = []
  let failures = 0
  const results = readInputs(inputs, {
    allowPrivateNetwork: values['allow-private-network'],
    ...(values['max-bytes']
      ? { maxBytes: positiveInteger(values['max-bytes'], '--max-bytes') }
      : {}),
    ...(values['timeout-ms']
      ? { fetchTimeoutMs: positiveInteger(values['timeout-ms'], '--timeout-ms') }
      : {}),
  })
  for await (const result of results) {
    if (!result.ok) {
      failures++
      process.stderr.write(`narrascope: ${result.input}: ${result.message}\n`)
      progress.tick(false, result.input)
      continue
    }
    documents.push(analyzeArticle(result.article, pipeline))
    progress.tick(true, result.article.source.input)
  }
  progress.finish()
  return { documents, failures }
}

/** Writes text to --out or standard output and waits until it is flushed. */
export async function writeOutput(text: string, out: string | undefined): Promise<void> {
  if (!out) {
    process.stdout.write(text)
    return
  }
  const stream = createWriteStream(out)
  stream.write(text)
  await new Promise<void>((resolve, reject) => {
    stream.on('error', reject)
    stream.end(resolve)
  })
}

/** `narrascope link`: read inputs, analyse them, link them into stories; JSON or a short report. */
export const linkCommand = {
  summary: 'find versions of each piece across languages: stories, links, provenance',
  async run(argv: string[]): Promise<number> {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { ...INPUT_OPTIONS, db: { type: 'string' }, ...FILTER_OPTIONS },
    })
    if (values.help) {
      process.stdout.write(`${HELP}\n`)
      return 0
    }
    const { id, lang, outlet, entity, technique, narrative, from, to } = values
    const filterValues = { id, lang, outlet, entity, technique, narrative, from, to }
    if (values.db !== undefined) {
      if (positionals.length > 0)
        throw new CliError(`give either inputs or --db, not both\n\n${HELP}`)
      return linkStore(values.db, parseFilterOrExplain('', filterValues), values)
    }
    if (Object.values(filterValues).some((value) => value !== undefined))
      throw new CliError(`filters apply to a store: add --db\n\n${HELP}`)
    if (positionals.length === 0) throw new CliError(`no input given\n\n${HELP}`)
    const { documents, failures } = await analyzeInputs(positionals, values)
    const result = linkDocuments(documents)
    const text = values.json ? `${JSON.stringify(result, null, 2)}\n` : describeResult(result)
    await writeOutput(text, values.out)
    return failures > 0 ? 1 : 0
  },
}

function describeResult(result: LinkResult): string {
  const lines = [
    `${result.documents.length} documents, ${result.stories.length} stories, ${result.edges.length} links`,
    ...describeStories(result.stories, result.edges),
  ]
  return `${lines.join('\n')}\n`
}

// Links a store's documents and keeps the result there; prints the run, not the (possibly huge) result.
async function linkStore(
  location: string,
  filter: ReturnType<typeof parseFilterOrExplain>,
  values: { json: boolean; out?: string },
): Promise<number> {
  const store = await openStoreOrExplain(storeLocation(location))
  try {
    const { run, result } = await linkStoredDocuments(store, filter)
    const counts = new Map<string, number>()
    for (const edge of result.edges) counts.set(edge.kind, (counts.get(edge.kind) ?? 0) + 1)
    const text = values.json
      ? `${JSON.stringify(run)}\n`
      : `linked ${run.documents} stored documents in ${run.stats.elapsedMs} ms: ${result.stories.length} stories, ${[...counts].map(([kind, count]) => `${count} ${kind}`).join(', ') || 'no links'} (run ${run.id}, kept in ${store.location}; "narrascope stories" reads them)\n`
    await writeOutput(text, values.out)
    return 0
  } finally {
    await store.close()
  }
}

function positiveInteger(value: string, flag: string): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number <= 0)
    throw new CliError(`${flag} must be a positive whole number, not "${value}"`)
  return number
}
