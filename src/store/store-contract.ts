import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { ORIGINAL, SAME_EVENT, TRANSLATION } from '../../test/link/support/harbour-corpus.ts'
import { analyzeArticle } from '../analyze/analyze-article.ts'
import type { AnalyzedDocument } from '../contracts/document.ts'
import { type LinkResult, StoriesResultSchema } from '../contracts/link.ts'
import { NarrativeTimelineSchema } from '../contracts/narrative-timeline.ts'
import type { ExtractedArticle, SourceMeta } from '../contracts/source.ts'
import { SearchResultSchema } from '../contracts/store.ts'
import { linkStoredDocuments } from '../link/link-stored-documents.ts'
import { PIPELINE_VERSION } from '../pipeline/create-pipeline.ts'
import { articleHash, type DocumentRow, toDocumentRow } from './document-row.ts'
import { getNarrativeTimeline } from './get-narrative-timeline.ts'
import type { Store } from './store.ts'

type Extra = Partial<Pick<AnalyzedDocument, 'techniques' | 'narratives'>>

function article(id: string, text: string, source: Partial<SourceMeta> = {}): ExtractedArticle {
  return { id, title: null, text, source: { input: `${id}.txt`, format: 'text', ...source } }
}

// The store is tested on the techniques it is given: what the techniques model finds in these short texts is its
// own business (and changes when it is retrained), so a document carries none unless a test gives it some.
function analysed(input: ExtractedArticle, extra: Extra = {}): AnalyzedDocument {
  return { ...analyzeArticle(input), techniques: [], ...extra }
}

function row(input: ExtractedArticle, extra: Extra = {}): DocumentRow {
  return toDocumentRow(input, analysed(input, extra))
}

const FR_PROTESTS = article(
  'fr-1',
  'Des milliers de manifestants ont défilé à Almaty. Les manifestations contre la hausse du prix du gaz se poursuivent, a déclaré Tokaïev lors de l’élection.',
  {
    url: 'https://le-phare.example/2022/01/05/almaty?utm_source=feed',
    outlet: 'Le Phare',
    published: '2022-01-05',
  },
)
const EN_PROTESTS = article(
  'en-1',
  'Thousands of protesters marched in Almaty on Wednesday. President Tokayev said the protests were organised from abroad and declared a state of emergency.',
  { url: 'https://northern-post.example/almaty', outlet: 'Northern Post', published: '2022-01-06' },
)
const EN_MARKETS = article(
  'en-2',
  'Grain markets rose in Chicago as traders weighed export figures. Analysts expect prices to stay high until the harvest.',
  { url: 'https://northern-post.example/grain', outlet: 'Northern Post', published: '2022-02-10' },
)
const LOADED: Extra = {
  techniques: [
    {
      start: 0,
      end: 4,
      text: 'Grain',
      label: 'Loaded_Language',
      confidence: 0.9,
      paragraph: 0,
      evidence: [],
      cues: [],
    },
  ],
  narratives: [
    {
      id: 'CC: Amplifying Climate Fears',
      label: 'Amplifying Climate Fears',
      parent: null,
      score: 0.8,
      evidence: [],
      paragraphs: [0],
    },
  ],
}

function carrying(scores: Record<string, number>): Extra {
  return {
    narratives: Object.entries(scores).map(([id, score]) => ({
      id,
      label: id,
      parent: null,
      score,
      evidence: [],
      paragraphs: [],
    })),
  }
}

// Four articles for the narrative timeline, in their own month: two in the week of Monday 6 March 2023 from one
// outlet, one the next Monday from another, and one without a date.
const TIMELINE = [
  [
    { id: 'tl-1', outlet: 'Harbour Gazette', published: '2023-03-06' },
    'The harbour authority closed the northern pier after the storm damaged its cranes.',
    { 'tl.alpha': 0.9, 'tl.beta': 0.4 },
  ],
  [
    { id: 'tl-2', outlet: 'Harbour Gazette', published: '2023-03-08' },
    'Ferry services resumed on Wednesday once divers had inspected the damaged pier.',
    { 'tl.alpha': 0.6 },
  ],
  [
    { id: 'tl-3', outlet: 'Le Phare', published: '2023-03-13' },
    'La capitainerie a rouvert la jetée nord après trois jours de travaux.',
    { 'tl.alpha': 0.7 },
  ],
  [
    { id: 'tl-4', outlet: 'Le Phare' },
    'Les dockers ont voté la reprise du travail sur le port de commerce.',
    { 'tl.alpha': 0.5 },
  ],
] as const

// A repost without a title: a credit line provenance reads, then the article (our own text).
const REPOST_CREDIT = 'Article original datant du 02/02/24'
const REPOST_BODY =
  'Le porte-parole du port de Velmora a annoncé mardi la fermeture du terminal nord pendant trois semaines, une décision que les dockers contestent déjà. Les syndicats appellent à une grève.'

/**
 * The behaviour every store engine must show, run against a fresh empty store from `open` (hono's runTest):
 * identity and re-ingestion, search with stemming and accent folding, facets, filters, errors, batches.
 * @example
 * runStoreContract('embedded', () => openEmbeddedStore(mkdtempSync(join(tmpdir(), 'store-'))))
 */
export function runStoreContract(name: string, open: () => Promise<Store>): void {
  describe(`store contract: ${name}`, () => {
    let store: Store
    beforeAll(async () => {
      store = await open()
      const written = await store.writeDocuments(
        [row(FR_PROTESTS), row(EN_PROTESTS), row(EN_MARKETS, LOADED)],
        null,
      )
      expect(written.failed).toEqual([])
    })
    afterAll(async () => {
      await store?.close()
    })

    test('stores the whole analysed document and gives it back unchanged', async () => {
      const exported = []
      for await (const stored of store.exportDocuments()) exported.push(stored.document)
      expect(exported.map((document) => document.id)).toEqual(['fr-1', 'en-1', 'en-2'])
      expect(exported[1]).toEqual(analysed(EN_PROTESTS))
      expect(exported[2]).toEqual(analysed(EN_MARKETS, LOADED))
    })

    test('re-ingesting the same URL (tracking parameters aside) updates instead of duplicating', async () => {
      const changed = { ...FR_PROTESTS, title: 'Almaty : la colère monte' }
      changed.source = { ...changed.source, url: 'https://le-phare.example/2022/01/05/almaty' }
      const result = await store.writeDocuments([row(changed)], null)
      expect(result.stored).toHaveLength(1)
      expect(result.stored[0]?.isNew).toBe(false)
      const stats = await store.stats()
      expect(stats.documents).toBe(3)
      const found = await store.search({ text: 'colère' })
      expect(found.hits.map((hit) => hit.title)).toEqual(['Almaty : la colère monte'])
    })

    test('the same text without a URL, or later with one, is the same document', async () => {
      const text =
        'Le ministre a annoncé la levée du couvre-feu dans toute la ville à partir de lundi matin.'
      const first = await store.writeDocuments([row(article('file-1', text))], null)
      const again = await store.writeDocuments([row(article('file-1b', `${text}\n`))], null)
      expect(again.stored[0]?.storeId).toBe(first.stored[0]?.storeId)
      // Normalised: case, Unicode compatibility forms (a no-break space) and runs of white space aside.
      const retyped = text.toUpperCase().replace(' la ville', '\u00a0la  ville')
      const normalised = await store.writeDocuments([row(article('file-1c', retyped))], null)
      expect(normalised.stored[0]).toMatchObject({
        storeId: first.stored[0]?.storeId,
        isNew: false,
      })
      const withUrl = await store.writeDocuments(
        [row(article('web-1', text, { url: 'https://wire.example/curfew' }))],
        null,
      )
      expect(withUrl.stored[0]?.storeId).toBe(first.stored[0]?.storeId)
      const republished = await store.writeDocuments(
        [row(article('web-2', text, { url: 'https://mirror.example/curfew' }))],
        null,
      )
      // Another outlet publishing the same text is a republication: a document of its own.
      expect(republished.stored[0]?.storeId).not.toBe(first.stored[0]?.storeId)
      expect((await store.stats()).documents).toBe(5)
    })

    test('French stemming and accent folding: "manifestation" and "election" find the French article', async () => {
      for (const text of ['manifestation', 'election', 'ÉLECTION', 'Tokaiev']) {
        const result = await store.search({ text, lang: 'fr' })
        expect(
          result.hits.map((hit) => hit.id),
          text,
        ).toEqual(['fr-1'])
      }
    })

    test('a query without a language is stemmed in each document’s language', async () => {
      const result = SearchResultSchema.parse(await store.search({ text: 'protest' }))
      expect(result.hits.map((hit) => hit.id)).toEqual(['en-1'])
      const french = await store.search({ text: 'manifestations' })
      expect(french.hits.map((hit) => hit.id)).toEqual(['fr-1'])
      expect(french.total).toBe(1)
    })

    test('snippets mark the matched words, accented or not', async () => {
      const result = await store.search({ text: 'election manifestation', lang: 'fr' })
      const snippet = result.hits[0]!.snippet
      const marked = snippet.highlights.map((span) => snippet.text.slice(span.start, span.end))
      expect(marked).toEqual(expect.arrayContaining(['manifestations', 'élection']))
    })

    test('hits are ranked: the document that matches more is first', async () => {
      const result = await store.search({ text: 'emergency or grain or Tokayev or protesters' })
      expect(result.hits[0]?.id).toBe('en-1')
      expect(result.hits.map((hit) => hit.rank)).toEqual(
        [...result.hits.map((hit) => hit.rank)].sort((a, b) => b - a),
      )
    })

    test('facets count language, outlet, entity, technique, narrative and month over all matches', async () => {
      const result = await store.search({ text: '', outlet: 'northern post' })
      expect(result.total).toBe(2)
      expect(result.facets.lang).toEqual([{ value: 'en', count: 2 }])
      expect(result.facets.outlet).toEqual([{ value: 'Northern Post', count: 2 }])
      expect(result.facets.month).toEqual([
        { value: '2022-01', count: 1 },
        { value: '2022-02', count: 1 },
      ])
      // Other narratives and techniques may be found by the pipeline itself; the injected ones must count.
      expect(result.facets.technique).toContainEqual({ value: 'Loaded_Language', count: 1 })
      expect(result.facets.narrative).toContainEqual({
        value: 'CC: Amplifying Climate Fears',
        count: 1,
      })
      expect(result.facets.entity.map((facet) => facet.value)).toContain('Kassym-Jomart Tokayev')
    })

    test('pages: each hit once across pages, the total and the facets of every match on each page', async () => {
      const query = { text: 'Almaty or grain' }
      const all = await store.search({ ...query, limit: 50 })
      expect(all.total).toBe(3)
      const pages = await Promise.all(
        [0, 1, 2].map((offset) => store.search({ ...query, limit: 1, offset })),
      )
      expect(pages.flatMap((page) => page.hits.map((hit) => hit.id))).toEqual(
        all.hits.map((hit) => hit.id),
      )
      const pastTheEnd = await store.search({ ...query, limit: 1, offset: 10 })
      expect(pastTheEnd.hits).toEqual([])
      for (const page of [...pages, pastTheEnd]) {
        expect(page.total).toBe(3)
        expect(page.facets).toEqual(all.facets)
      }
      expect(all.facets.outlet).toEqual([
        { value: 'Northern Post', count: 2 },
        { value: 'Le Phare', count: 1 },
      ])
    })

    test('filters: entity by any spelling, technique, narrative, date range', async () => {
      const ids = async (query: Parameters<Store['search']>[0]) =>
        (await store.search({ limit: 50, ...query })).hits.map((hit) => hit.id).sort()
      expect(await ids({ entity: 'Tokayev' })).toEqual(['en-1', 'fr-1'])
      expect(await ids({ entity: 'tokaïev' })).toEqual(['en-1', 'fr-1'])
      expect(await ids({ entity: 'Kassym-Jomart Tokayev', lang: 'en' })).toEqual(['en-1'])
      expect(await ids({ technique: 'Loaded_Language' })).toEqual(['en-2'])
      expect(await ids({ narrative: 'CC: Amplifying Climate Fears' })).toEqual(['en-2'])
      expect(await ids({ from: '2022-01-06', to: '2022-01-31' })).toEqual(['en-1'])
      expect(await ids({ text: 'Almaty', from: '2022-01-01', to: '2022-01-05' })).toEqual(['fr-1'])
    })

    test('a document is found by its own id, through search and export alike', async () => {
      const found = await store.search({ id: 'en-1' })
      expect([found.total, found.hits.map((hit) => hit.id)]).toEqual([1, ['en-1']])
      const exported = []
      for await (const stored of store.exportDocuments({ id: 'fr-1' })) exported.push(stored)
      expect(exported.map((stored) => stored.document.id)).toEqual(['fr-1'])
      expect((await store.search({ id: 'no-such-document' })).total).toBe(0)
    })

    test('a hit is headed by its title, else by its first sentence after a credit line, marked derived', async () => {
      const heading = async (filter: Parameters<Store['search']>[0]) =>
        SearchResultSchema.parse(await store.search(filter)).hits.map((hit) => hit.heading)
      expect(await heading({ id: 'fr-1' })).toEqual([
        { text: 'Almaty : la colère monte', derived: false },
      ])
      expect(await heading({ id: 'en-1' })).toEqual([
        { text: 'Thousands of protesters marched in Almaty on Wednesday.', derived: true },
      ])
      // Like the reposts analysts collect: no title, a credit line, then a long first sentence.
      const reposted = article('repost-1', `${REPOST_CREDIT}\n\n${REPOST_BODY}`)
      const written = await store.writeDocuments([row(reposted)], null)
      const storeId = written.stored[0]!.storeId
      try {
        const [hit] = SearchResultSchema.parse(await store.search({ text: 'dockers' })).hits
        expect(hit?.id).toBe('repost-1')
        expect(hit?.title).toBeNull()
        expect(hit?.heading.derived).toBe(true)
        expect(hit?.heading.text).toMatch(
          /^Le porte-parole du port de Velmora a annoncé mardi .+…$/u,
        )
        expect(hit?.heading.text.length).toBeLessThanOrEqual(90)
      } finally {
        await store.deleteDocuments([storeId])
      }
    })

    test('a row that cannot be written is recorded as an error and the rest of the batch is stored', async () => {
      const good = row(
        article('ok-1', 'Les agriculteurs ont bloqué trois autoroutes près de Lyon.'),
      )
      const bad = { ...row(article('bad-1', 'Texte valide.')), searchConfig: 'no_such_config' }
      const result = await store.writeDocuments([good, bad], null)
      expect(result.stored.map((outcome) => outcome.input)).toEqual(['ok-1.txt'])
      expect(result.failed.map((failure) => failure.input)).toEqual(['bad-1.txt'])
      const errors = await store.listErrors()
      expect(errors.at(-1)).toMatchObject({ input: 'bad-1.txt', stage: 'store' })
      expect((await store.search({ text: 'autoroutes' })).total).toBe(1)
    })

    test('an error is forgotten once its input is stored', async () => {
      await store.recordErrors(
        [{ input: 'later.txt', stage: 'read', code: 'binary', message: 'binary' }],
        null,
      )
      expect((await store.listErrors()).some((error) => error.input === 'later.txt')).toBe(true)
      await store.writeDocuments(
        [row(article('later', 'Un texte enfin lisible.', { input: 'later.txt' }))],
        null,
      )
      expect((await store.listErrors()).some((error) => error.input === 'later.txt')).toBe(false)
    })

    test('batches: an unfinished batch over the same inputs is resumed, a finished one is not', async () => {
      const first = await store.openBatch('ingest', ['a/', 'b.jsonl'])
      expect(first.resumed).toBe(false)
      await store.addBatchCounts(first.batch.id, { stored: 2, skipped: 1, failed: 0 })
      const again = await store.openBatch('ingest', ['a/', 'b.jsonl'])
      expect(again).toMatchObject({ resumed: true, batch: { id: first.batch.id, stored: 2 } })
      await store.finishBatch(first.batch.id)
      const next = await store.openBatch('ingest', ['a/', 'b.jsonl'])
      expect(next.resumed).toBe(false)
      await store.finishBatch(next.batch.id)
    })

    test('stored articles are known by hash, so a repeated ingest skips them', async () => {
      const known = articleHash(EN_MARKETS, PIPELINE_VERSION)
      const unknown = articleHash(article('x', 'never stored'), PIPELINE_VERSION)
      expect(await store.findStoredArticles([known, unknown])).toEqual(new Set([known]))
    })

    test('documents of another pipeline version are listed for re-analysis', async () => {
      const old = { ...analyzeArticle(EN_MARKETS), pipeline: { version: '0.0.1', components: [] } }
      await store.writeDocuments([toDocumentRow(EN_MARKETS, old)], null)
      const stale = []
      for await (const stored of store.staleDocuments(PIPELINE_VERSION, '1970-01-01T00:00:00Z'))
        stale.push(stored.document.id)
      expect(stale).toEqual(['en-2'])
      const stats = await store.stats()
      expect(stats.pipelineVersions).toContainEqual({ value: '0.0.1', count: 1 })
    })

    test('stats cover the corpus or a filter', async () => {
      const all = await store.stats()
      expect(all.documents).toBeGreaterThanOrEqual(6)
      expect(all.diskBytes).toBeGreaterThan(0)
      const french = await store.stats({ lang: 'fr' })
      expect(french.facets.lang).toEqual([{ value: 'fr', count: french.documents }])
      expect(french.firstPublished).toBe('2022-01-05')
    })

    test('text that PostgreSQL cannot hold in a column (NUL, lone surrogates) is stored intact in the document', async () => {
      const text = 'Un texte avec un caractère nul \u0000 et une demi-paire \ud800 au milieu.'
      const result = await store.writeDocuments([row(article('odd-1', text))], null)
      expect(result.failed).toEqual([])
      const [stored] = await store.getDocuments([result.stored[0]!.storeId])
      expect(stored?.document.text).toBe(text)
    })

    describe('narrative timeline', () => {
      const MARCH = { from: '2023-03-01', to: '2023-03-31' }
      beforeAll(async () => {
        const rows = TIMELINE.map(([{ id, ...source }, text, scores]) =>
          row(
            article(id, text, { ...source, url: `https://timeline.example/${id}` }),
            carrying(scores),
          ),
        )
        expect((await store.writeDocuments(rows, null)).failed).toEqual([])
      })
      const ids = (documents: readonly { id: string }[]) => documents.map((document) => document.id)

      test('counts each narrative per ISO week, with outlets, languages and the documents behind each point', async () => {
        const timeline = NarrativeTimelineSchema.parse(
          await store.narrativeTimeline({ ...MARCH, interval: 'week' }),
        )
        expect(timeline.documents).toBe(3)
        expect(timeline.narratives.map((series) => [series.id, series.count])).toEqual([
          ['tl.alpha', 3],
          ['tl.beta', 1],
        ])
        const alpha = timeline.narratives[0]!
        expect(alpha.byLang).toEqual([
          { value: 'en', count: 2 },
          { value: 'fr', count: 1 },
        ])
        expect(alpha.byOutlet).toEqual([
          { value: 'Harbour Gazette', count: 2 },
          { value: 'Le Phare', count: 1 },
        ])
        expect(alpha.points.map((point) => [point.start, point.count])).toEqual([
          ['2023-03-06', 2],
          ['2023-03-13', 1],
        ])
        const [week] = alpha.points
        expect(week?.byOutlet).toEqual([{ value: 'Harbour Gazette', count: 2 }])
        expect(week?.documents).toEqual([
          {
            storeId: expect.any(Number),
            id: 'tl-1',
            title: null,
            url: 'https://timeline.example/tl-1',
            published: '2023-03-06',
            outlet: 'Harbour Gazette',
            lang: 'en',
            score: 0.9,
          },
          expect.objectContaining({ id: 'tl-2', published: '2023-03-08', score: 0.6 }),
        ])
      })

      test('days, a minimum score, a cap on listed documents, and a language filter', async () => {
        const daily = await store.narrativeTimeline({ ...MARCH, narrative: 'tl.alpha' })
        expect(daily.narratives.map((series) => series.id)).toEqual(['tl.alpha'])
        expect(daily.narratives[0]?.points.map((point) => point.start)).toEqual([
          '2023-03-06',
          '2023-03-08',
          '2023-03-13',
        ])
        const strong = await store.narrativeTimeline({ ...MARCH, minScore: 0.65 })
        expect(strong.narratives.map((series) => [series.id, series.count])).toEqual([
          ['tl.alpha', 2],
        ])
        const capped = await store.narrativeTimeline({
          ...MARCH,
          interval: 'week',
          documentsPerPoint: 1,
        })
        const [week] = capped.narratives[0]!.points
        expect([week?.count, ids(week?.documents ?? [])]).toEqual([2, ['tl-1']])
        const french = await store.narrativeTimeline({ ...MARCH, lang: 'fr' })
        expect(french.narratives.map((series) => [series.id, series.count])).toEqual([
          ['tl.alpha', 1],
        ])
      })

      test('documents without a published date gather in a last, undated point', async () => {
        const timeline = await store.narrativeTimeline({
          narrative: 'tl.alpha',
          outlet: 'le phare',
        })
        expect(
          timeline.narratives[0]?.points.map((point) => [point.start, ids(point.documents)]),
        ).toEqual([
          ['2023-03-13', ['tl-3']],
          [null, ['tl-4']],
        ])
      })

      test('documents per day, ISO week (named by its Monday) and month; undated ones are not counted', async () => {
        expect(await store.countPerPeriod(MARCH, 'day')).toEqual([
          { period: '2023-03-06', count: 1 },
          { period: '2023-03-08', count: 1 },
          { period: '2023-03-13', count: 1 },
        ])
        expect(await store.countPerPeriod(MARCH, 'week')).toEqual([
          { period: '2023-03-06', count: 2 },
          { period: '2023-03-13', count: 1 },
        ])
        expect(
          await store.countPerPeriod({ outlet: 'le phare', from: '2023-01-01' }, 'month'),
        ).toEqual([{ period: '2023-03', count: 1 }])
        expect(await store.countPerPeriod({ id: 'tl-4' }, 'day')).toEqual([])
      })

      test('labels and parents come from the catalogue; ids it does not know keep null', async () => {
        const timeline = await getNarrativeTimeline(store, MARCH, [
          { id: 'tl.alpha', label: 'Alpha narrative', parent: undefined },
          { id: 'tl.beta', label: 'Beta narrative', parent: 'tl.alpha' },
        ])
        expect(
          timeline.narratives.map((series) => [series.id, series.label, series.parent]),
        ).toEqual([
          ['tl.alpha', 'Alpha narrative', null],
          ['tl.beta', 'Beta narrative', 'tl.alpha'],
        ])
        const unknown = await getNarrativeTimeline(store, MARCH, [])
        expect(unknown.narratives[0]?.label).toBeNull()
      })
    })

    test('deleted documents are gone from reads, search and stats; unknown ids delete nothing', async () => {
      const before = (await store.stats()).documents
      const text =
        'Le port de Varna restera fermé aux cargos jusqu’à la fin de la grève des lamaneurs.'
      const written = await store.writeDocuments([row(article('gone-1', text))], null)
      const storeId = written.stored[0]!.storeId
      expect((await store.search({ text: 'lamaneurs' })).total).toBe(1)
      expect(await store.deleteDocuments([storeId, 987_654])).toBe(1)
      expect(await store.getDocuments([storeId])).toEqual([])
      expect((await store.search({ text: 'lamaneurs' })).total).toBe(0)
      expect((await store.stats()).documents).toBe(before)
      expect(await store.deleteDocuments([storeId])).toBe(0)
    })

    test('links are empty until the store is linked; a run keeps stories, links and provenance', async () => {
      expect(await store.readStories()).toBeNull()
      const harbour = (id: string, paragraphs: readonly string[], source: Partial<SourceMeta>) =>
        row(article(id, paragraphs.join('\n\n'), { outlet: 'Velmora Post', ...source }))
      const written = await store.writeDocuments(
        [
          harbour('harbour-en', ORIGINAL, {
            url: 'https://velmora-post.example/strike',
            published: '2025-04-11',
          }),
          harbour('harbour-fr', TRANSLATION, {
            url: 'https://le-quai.example/greve',
            outlet: 'Le Quai',
            published: '2025-04-12',
          }),
          harbour('harbour-copy', [...ORIGINAL, 'Sign up to our newsletter.'], {
            url: 'https://harbour-digest.example/velmora',
            outlet: 'Harbour Digest',
            published: '2025-04-13',
          }),
          harbour('harbour-de', SAME_EVENT, { url: 'https://hafen.example/velmora' }),
        ],
        null,
      )
      expect(written.failed).toEqual([])
      const { run } = await linkStoredDocuments(store)
      expect(run.documents).toBe((await store.stats()).documents)
      const read = StoriesResultSchema.parse(await store.readStories({ document: 'harbour-fr' }))
      expect(read.run.id).toBe(run.id)
      expect(read.total).toBe(1)
      const [story] = read.stories
      expect(story?.original).toBe('harbour-en')
      expect(story?.members.map((member) => [member.id, member.relation])).toEqual([
        ['harbour-en', 'original'],
        ['harbour-fr', 'translation'],
        ['harbour-copy', 'republication'],
      ])
      // The harbour documents have no title: each member is headed by its first paragraph's sentence.
      expect(story?.members.map((member) => member.heading)).toEqual([
        { text: ORIGINAL[0], derived: true },
        { text: TRANSLATION[0], derived: true },
        { text: ORIGINAL[0], derived: true },
      ])
      const storeIds = new Map(written.stored.map((outcome) => [outcome.input, outcome.storeId]))
      expect(story?.members[1]?.storeId).toBe(storeIds.get('harbour-fr.txt'))
      expect(read.edges).toContainEqual(
        expect.objectContaining({ from: 'harbour-en', to: 'harbour-fr', kind: 'translation' }),
      )
      expect(read.provenance.edges).toContainEqual(
        expect.objectContaining({ from: 'outlet:quai', to: 'harbour-fr', role: 'published' }),
      )
      expect(read.provenance.nodes.map((node) => node.id)).toContain('harbour-copy')
    })

    test('stories are read by story, language and page; a new run replaces the old one', async () => {
      const first = await store.readStories()
      expect(first?.stories.map((story) => story.id)).toContain('story:harbour-en')
      expect((await store.readStories({ story: 'story:harbour-en' }))?.total).toBe(1)
      expect((await store.readStories({ lang: 'fr', story: 'story:harbour-en' }))?.total).toBe(1)
      expect((await store.readStories({ lang: 'de', story: 'story:harbour-en' }))?.total).toBe(0)
      expect((await store.readStories({ document: 'harbour-de' }))?.stories).toEqual([])
      const { run } = await linkStoredDocuments(store, { lang: 'en' })
      const again = await store.readStories()
      expect(again?.run).toMatchObject({ id: run.id, filter: { lang: 'en' } })
      expect(again?.run.id).toBeGreaterThan(first!.run.id)
      // Over English documents only, the French translation is not linked any more.
      expect(again?.stories.find((story) => story.id === 'story:harbour-en')?.members).toHaveLength(
        2,
      )
    })

    test('a run stored before members carried headings is headed from the stored documents', async () => {
      const { result } = await linkStoredDocuments(store)
      const expected = result.stories.map((story) => story.members.map((member) => member.heading))
      // What an earlier version saved: the same stories, members without `heading`.
      const earlier = {
        ...result,
        stories: result.stories.map((story) => ({
          ...story,
          members: story.members.map(({ heading: _heading, ...member }) => member),
        })),
      } as unknown as LinkResult
      await store.saveLinks(earlier)
      const read = StoriesResultSchema.parse(await store.readStories())
      expect(read.stories.map((story) => story.members.map((member) => member.heading))).toEqual(
        expected,
      )
    })
  })
}
