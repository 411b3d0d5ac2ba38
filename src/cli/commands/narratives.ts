import { parseArgs } from 'node:util'
import { DEFAULT_CATALOG_DIR, loadCatalog } from '../../catalog/load-catalog.ts'
import {
  type NarrativeTimeline,
  type NarrativeTimelineQuery,
  TimelineIntervalSchema,
} from '../../contracts/narrative-timeline.ts'
import { getNarrativeTimeline } from '../../store/get-narrative-timeline.ts'
import { storeLocation } from '../../store/open-store.ts'
import { FILTER_HELP, FILTER_OPTIONS } from '../../store/parse-filter-options.ts'
import { CliError } from '../cli-error.ts'
import type { Command } from '../command.ts'
import { openOrExplain, parseFilterOrExplain } from './search.ts'

const HELP = `Usage: narrascope narratives ["query"] [options]

Narratives over time in the stored corpus: how many documents carry each narrative per day or week, from which
outlets and in which languages, and the documents behind each point (highest score first).

Options:
  --db PATH|URL             the store (default ./narrascope-data, or $NARRASCOPE_DB)
${FILTER_HELP.replace('documents carrying this narrative', 'this narrative alone')}
  --interval day|week       one point per published day (default) or per ISO week, from Monday
  --min-score X             count a document only when the narrative's score reaches X (0 to 1, default 0)
  --documents N             documents listed behind each point (default 50; counts always cover all)
  --catalog PATH            the catalogue that labels the narrative ids (default: the shipped catalog/)
  --json                    print the NarrativeTimeline contract as JSON
  -h, --help                this help`

// Points shown per narrative in the terminal; --json has them all.
const POINTS_SHOWN = 12

/** `narrascope narratives`: narrative timelines over a store. */
export const narrativesCommand: Command = {
  summary:
    'narratives over time in the corpus: counts per day or week, outlets, languages, documents',
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        ...FILTER_OPTIONS,
        interval: { type: 'string', default: 'day' },
        'min-score': { type: 'string', default: '0' },
        documents: { type: 'string', default: '50' },
        catalog: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    })
    if (values.help) {
      process.stdout.write(`${HELP}\n`)
      return 0
    }
    const {
      db,
      interval,
      'min-score': minScore,
      documents,
      catalog: catalogPath,
      json,
      help: _help,
      ...filterValues
    } = values
    const query: Partial<NarrativeTimelineQuery> = {
      ...parseFilterOrExplain(positionals.join(' '), filterValues),
      interval: parseInterval(interval),
      minScore: numberIn(minScore, '--min-score', 0, 1),
      documentsPerPoint: Math.round(numberIn(documents, '--documents', 0, 1000)),
    }
    const catalog = readCatalog(catalogPath ?? DEFAULT_CATALOG_DIR)
    const store = await openOrExplain(storeLocation(db))
    try {
      const timeline = await getNarrativeTimeline(store, query, catalog)
      process.stdout.write(json ? `${JSON.stringify(timeline)}\n` : renderTimeline(timeline))
      return 0
    } finally {
      await store.close()
    }
  },
}

function parseInterval(value: string): NarrativeTimelineQuery['interval'] {
  const parsed = TimelineIntervalSchema.safeParse(value)
  if (!parsed.success) throw new CliError(`--interval must be day or week, not "${value}"`)
  return parsed.data
}

function numberIn(value: string, flag: string, minimum: number, maximum: number): number {
  const number = Number(value)
  if (value.trim() === '' || !Number.isFinite(number) || number < minimum || number > maximum)
    throw new CliError(`${flag} must be a number from ${minimum} to ${maximum}, not "${value}"`)
  return number
}

// Labels only: a catalogue with problems still names its valid entries, but the analyst should know.
function readCatalog(path: string): ReturnType<typeof loadCatalog>['narratives'] {
  let catalog: ReturnType<typeof loadCatalog>
  try {
    catalog = loadCatalog(path)
  } catch (error) {
    throw new CliError(
      `cannot read the catalogue ${path}: ${error instanceof Error ? error.message : String(error)}`,
      1,
    )
  }
  if (catalog.problems.length > 0)
    process.stderr.write(
      `narrascope narratives: the catalogue ${path} has ${catalog.problems.length} problem(s); run "narrascope catalog check ${path}"\n`,
    )
  return catalog.narratives
}

function renderTimeline(timeline: NarrativeTimeline): string {
  const lines = [
    `${timeline.documents} documents carry ${timeline.narratives.length} narratives (${timeline.tookMs} ms)`,
  ]
  for (const series of timeline.narratives) {
    const outlets = series.byOutlet.map((facet) => `${facet.value} ${facet.count}`).join(', ')
    const langs = series.byLang.map((facet) => `${facet.value} ${facet.count}`).join(', ')
    lines.push('', `${series.label ?? series.id} [${series.id}]: ${series.count} documents`)
    if (langs) lines.push(`  languages  ${langs}`)
    if (outlets) lines.push(`  outlets    ${outlets}`)
    for (const point of series.points.slice(-POINTS_SHOWN)) {
      const top = point.documents[0]
      const example = top
        ? `  e.g. ${top.title ?? top.id}${top.outlet ? ` (${top.outlet})` : ''}`
        : ''
      lines.push(
        `  ${(point.start ?? 'undated').padEnd(10)} ${String(point.count).padStart(5)}${example}`,
      )
    }
    if (series.points.length > POINTS_SHOWN)
      lines.push(`  (${series.points.length - POINTS_SHOWN} earlier points: --json lists them all)`)
  }
  return `${lines.join('\n')}\n`
}
