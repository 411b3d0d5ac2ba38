import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { analyzeArticle } from '../../src/analyze/analyze-article.ts'
import { NarrativeTimelineSchema } from '../../src/contracts/narrative-timeline.ts'
import type { ExtractedArticle } from '../../src/contracts/source.ts'
import { toDocumentRow } from '../../src/store/document-row.ts'
import { openEmbeddedStore } from '../../src/store/embedded/open-embedded-store.ts'
import { runCli } from '../support/run-cli.ts'

const RUN_TIMEOUT_MS = 120_000

// Two articles of one week (Monday 2 and Thursday 5 September 2024) that the catalogue's colour-revolution entry
// is set on, so the test reads what the CLI makes of the store, not what the detector finds.
const ARTICLES: [ExtractedArticle, number][] = [
  [
    {
      id: 'cli-1',
      title: 'Bridge reopens after repairs',
      text: 'The river bridge reopened to traffic on Monday after three months of repairs.',
      source: {
        input: 'cli-1.txt',
        format: 'text',
        url: 'https://harbour-gazette.example/bridge',
        outlet: 'Harbour Gazette',
        published: '2024-09-02',
      },
    },
    0.8,
  ],
  [
    {
      id: 'cli-2',
      title: 'Ferry timetable changes',
      text: 'The winter ferry timetable starts on Thursday with two fewer crossings a day.',
      source: {
        input: 'cli-2.txt',
        format: 'text',
        url: 'https://harbour-gazette.example/ferry',
        outlet: 'Harbour Gazette',
        published: '2024-09-05',
      },
    },
    0.55,
  ],
]

describe('narrascope narratives on an embedded store', () => {
  let root: string
  let db: string
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'narrascope-narratives-'))
    db = join(root, 'store')
    const store = await openEmbeddedStore(db)
    const rows = ARTICLES.map(([article, score]) =>
      toDocumentRow(article, {
        ...analyzeArticle(article),
        narratives: [
          {
            id: 'colour-revolution',
            label: 'stored label',
            parent: 'western-interference',
            score,
            evidence: [],
            paragraphs: [],
          },
        ],
      }),
    )
    expect((await store.writeDocuments(rows, null)).failed).toEqual([])
    await store.close()
  })
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  test(
    '--json prints the NarrativeTimeline contract, labelled from the catalogue',
    async () => {
      const result = await runCli(
        ['narratives', '--db', db, '--interval', 'week', '--from', '2024-09-01', '--json'],
        { timeoutMs: RUN_TIMEOUT_MS },
      )
      expect(result.code, result.stderr).toBe(0)
      const timeline = NarrativeTimelineSchema.parse(JSON.parse(result.stdout))
      expect(timeline.narratives).toHaveLength(1)
      const [series] = timeline.narratives
      expect(series).toMatchObject({
        id: 'colour-revolution',
        label: 'The unrest is a Western-orchestrated colour revolution',
        parent: 'western-interference',
        count: 2,
        byOutlet: [{ value: 'Harbour Gazette', count: 2 }],
        byLang: [{ value: 'en', count: 2 }],
      })
      expect(series?.points).toHaveLength(1)
      expect(series?.points[0]?.start).toBe('2024-09-02')
      expect(series?.points[0]?.documents.map((document) => [document.id, document.score])).toEqual(
        [
          ['cli-1', 0.8],
          ['cli-2', 0.55],
        ],
      )
    },
    RUN_TIMEOUT_MS,
  )

  test(
    'the terminal view names each narrative with its points; bad options and a missing store are explained',
    async () => {
      const text = await runCli(['narratives', '--db', db, '--min-score', '0.6'], {
        timeoutMs: RUN_TIMEOUT_MS,
      })
      expect(text.code, text.stderr).toBe(0)
      expect(text.stdout).toMatch(/colour revolution \[colour-revolution\]: 1 documents/u)
      expect(text.stdout).toMatch(/2024-09-02\s+1\s+e\.g\. Bridge reopens after repairs/u)
      const badInterval = await runCli(['narratives', '--db', db, '--interval', 'month'])
      expect([badInterval.code, badInterval.stderr]).toEqual([
        2,
        'narrascope narratives: --interval must be day or week, not "month"\n',
      ])
      const badScore = await runCli(['narratives', '--db', db, '--min-score', 'high'])
      expect(badScore.stderr).toMatch(/--min-score must be a number from 0 to 1, not "high"/u)
      const missing = await runCli(['narratives', '--db', join(root, 'nowhere')])
      expect(missing.code).toBe(1)
      expect(missing.stderr).toMatch(/there is no store at .*nowhere/u)
    },
    RUN_TIMEOUT_MS,
  )
})
