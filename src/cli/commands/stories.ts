import { parseArgs } from 'node:util'
import type { StoriesQuery, StoriesResult } from '../../contracts/link.ts'
import { StoriesQuerySchema } from '../../contracts/link.ts'
import { storeLocation } from '../../store/open-store.ts'
import { CliError } from '../cli-error.ts'
import { describeStories } from '../describe-stories.ts'
import { openStoreOrExplain } from '../open-store-or-explain.ts'

const HELP = `Usage: narrascope stories [options]

Reads the stories that "narrascope link --db" kept in a store: the versions of each piece across languages with
their relation to the original, the links touching them, and the provenance graph around them. Largest first.

Options:
  --db PATH|URL             the store (default ./narrascope-data, or $NARRASCOPE_DB)
  --story ID                one story (story:<original document id>)
  --document ID             the story a document belongs to
  --lang CODE               stories with a version in this language
  --min-members N           stories with at least N versions (default 2)
  --limit N                 stories per page (default 50, at most 1000)
  --offset N                skip this many stories (next pages)
  --json                    print the StoriesResult contract as JSON
  -h, --help                this help

Exit code: 0 when the store has links, 1 when it was never linked or cannot be opened, 2 on bad usage.`

/** `narrascope stories`: the stored stories, links and provenance of the last `link --db` run. */
export const storiesCommand = {
  summary: 'read the stories, links and provenance kept by "link --db"',
  async run(argv: string[]): Promise<number> {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        story: { type: 'string' },
        document: { type: 'string' },
        lang: { type: 'string' },
        'min-members': { type: 'string', default: '2' },
        limit: { type: 'string', default: '50' },
        offset: { type: 'string', default: '0' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    })
    if (values.help) {
      process.stdout.write(`${HELP}\n`)
      return 0
    }
    if (positionals.length > 0)
      throw new CliError(`unexpected argument "${positionals[0]}"\n\n${HELP}`)
    const query = parseQuery(values)
    const store = await openStoreOrExplain(storeLocation(values.db))
    try {
      const result = await store.readStories(query)
      if (!result) {
        process.stderr.write(
          `narrascope stories: ${store.location} has no links yet: run "narrascope link --db ${store.location}" first\n`,
        )
        return 1
      }
      process.stdout.write(render(values.json, result))
      return 0
    } finally {
      await store.close()
    }
  },
}

function render(asJson: boolean, result: StoriesResult): string {
  if (asJson) return `${JSON.stringify(result)}\n`
  const { run, query } = result
  const lines = [
    `${result.total} stories (showing ${query.offset + 1}–${query.offset + result.stories.length}), linked ${run.linkedAt} over ${run.documents} documents`,
    ...describeStories(result.stories, result.edges),
  ]
  return `${lines.join('\n')}\n`
}

function parseQuery(values: {
  story?: string
  document?: string
  lang?: string
  'min-members': string
  limit: string
  offset: string
}): StoriesQuery {
  const parsed = StoriesQuerySchema.safeParse({
    ...(values.story ? { story: values.story } : {}),
    ...(values.document ? { document: values.document } : {}),
    ...(values.lang ? { lang: values.lang } : {}),
    minMembers: Number(values['min-members']),
    limit: Number(values.limit),
    offset: Number(values.offset),
  })
  if (!parsed.success) {
    const flag = (name: string) => `--${name.replace(/[A-Z]/gu, (c) => `-${c.toLowerCase()}`)}`
    throw new CliError(
      parsed.error.issues
        .map((issue) => `${flag(String(issue.path[0]))}: ${issue.message}`)
        .join('; '),
    )
  }
  return parsed.data
}
