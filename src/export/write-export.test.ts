import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { analyzeArticle } from '../analyze/analyze-article.ts'
import type { AnalyzedDocument } from '../contracts/document.ts'
import type { ExportFormat } from '../contracts/store.ts'
import { readInputs } from '../ingest/read-input.ts'
import type { StoredDocument } from '../store/store.ts'
import { StixBundleSchema } from './stix-schema.ts'
import { CLAIM_REVIEW_NOTE } from './to-claim-reviews.ts'
import { writeExport } from './write-export.ts'

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url))
const NOW = new Date('2026-01-02T03:04:05.678Z')

async function analyseExample(name: string): Promise<AnalyzedDocument> {
  for await (const result of readInputs([`${EXAMPLES}${name}`])) {
    if (!result.ok) throw new Error(result.message)
    return analyzeArticle(result.article)
  }
  throw new Error(`no article in ${name}`)
}

// Techniques are set by hand (the others' are cleared): the export's DISARM mapping is tested, not what the
// techniques model finds, which changes when it is retrained.
function withTechniques(document: AnalyzedDocument): AnalyzedDocument {
  const sentence = document.sentences![1]!
  const evidence = { start: sentence.start, end: sentence.end, text: sentence.text }
  return {
    ...document,
    techniques: [
      {
        ...evidence,
        label: 'Loaded_Language',
        confidence: 0.8,
        paragraph: 0,
        evidence: [],
        cues: [],
      },
      { ...evidence, label: 'Doubt', confidence: 0.6, paragraph: 0, evidence: [], cues: [] },
      {
        ...evidence,
        label: 'Loaded_Language',
        confidence: 0.7,
        paragraph: 0,
        evidence: [],
        cues: [],
      },
    ],
  }
}

async function* stored(documents: AnalyzedDocument[]): AsyncGenerator<StoredDocument> {
  for (const [index, document] of documents.entries()) yield { storeId: index + 1, document }
}

async function exportAs(format: ExportFormat, documents: AnalyzedDocument[], limit?: number) {
  let text = ''
  const count = await writeExport(
    format,
    stored(documents),
    (chunk) => {
      text += chunk
    },
    { now: NOW, ...(limit === undefined ? {} : { limit }) },
  )
  return { text, count }
}

const translation = await analyseExample('fr-reseau-veille-traduction.txt')
const republication = await analyseExample('fr-le-phare-republication.html')
const column = await analyseExample('en-northpost-column-colour-revolution.md')
const corpus = [
  withTechniques(column),
  { ...translation, techniques: [] },
  { ...republication, techniques: [] },
]

describe('STIX 2.1 bundle', () => {
  test('is a valid bundle whose references all resolve, each object once', async () => {
    const { text, count } = await exportAs('stix', corpus)
    expect(count).toBe(3)
    const bundle = StixBundleSchema.parse(JSON.parse(text))
    const ids = bundle.objects.map((object) => object.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const object of bundle.objects) {
      const refs = [
        ...('object_refs' in object ? object.object_refs : []),
        ...('created_by_ref' in object && object.created_by_ref ? [object.created_by_ref] : []),
      ]
      for (const ref of refs) expect(ids, `${object.id} → ${ref}`).toContain(ref)
    }
    expect(bundle.objects.filter((object) => object.type === 'report')).toHaveLength(3)
  })

  test('persuasion techniques become DISARM attack-patterns and notes quoting the evidence', async () => {
    const bundle = StixBundleSchema.parse(JSON.parse((await exportAs('stix', corpus)).text))
    const patterns = bundle.objects.filter((object) => object.type === 'attack-pattern')
    const disarmIds = patterns.flatMap((pattern) =>
      (pattern.external_references ?? []).map((reference) => reference.external_id),
    )
    // Loaded_Language → T0138.002; Doubt → T0075.001, T0040: three patterns, Loaded_Language counted once.
    expect(disarmIds.sort()).toEqual(['T0040', 'T0075.001', 'T0138.002'])
    const notes = bundle.objects.filter(
      (object) => object.type === 'note' && object.labels?.[0]?.startsWith('technique:'),
    )
    expect(notes).toHaveLength(3)
    expect(notes[0]!.type === 'note' && notes[0]!.content).toContain(column.sentences![1]!.text)
  })

  test('the same documents give the same object ids in every export', async () => {
    const first = StixBundleSchema.parse(JSON.parse((await exportAs('stix', corpus)).text))
    const second = StixBundleSchema.parse(JSON.parse((await exportAs('stix', corpus)).text))
    expect(second.objects.map((object) => object.id)).toEqual(
      first.objects.map((object) => object.id),
    )
    expect(second.id).not.toBe(first.id)
  })
})

describe('schema.org JSON-LD', () => {
  test('NewsArticle: a translation names its original as translationOfWork and its translator', async () => {
    const graph = JSON.parse((await exportAs('jsonld', [translation])).text)
    expect(graph['@context']).toBe('https://schema.org')
    const [article] = graph['@graph']
    expect(article['@type']).toBe('NewsArticle')
    expect(article.translationOfWork).toEqual([
      expect.objectContaining({
        url: 'https://northpost.example/opinion/2025/03/10/karvenia-colour-revolution-playbook',
        datePublished: '2025-03-10',
      }),
    ])
    expect(article.translator).toEqual([{ '@type': 'Organization', name: 'Réseau Veille' }])
    expect(article.author).toEqual([{ '@type': 'Person', name: 'Marco Verlaine' }])
    expect(article.inLanguage).toBe('fr')
  })

  test('NewsArticle: a republication is based on the work it republishes', async () => {
    const [article] = JSON.parse((await exportAs('jsonld', [republication])).text)['@graph']
    expect(article.isBasedOn?.length).toBeGreaterThan(0)
  })

  test('ClaimReview drafts quote the claim and its appearance, and carry no verdict', async () => {
    const graph = JSON.parse((await exportAs('claimreview', corpus)).text)['@graph']
    expect(graph.length).toBeGreaterThan(0)
    for (const review of graph) {
      expect(review['@type']).toBe('ClaimReview')
      expect(review.creativeWorkStatus).toBe('Draft')
      expect(review.disambiguatingDescription).toBe(CLAIM_REVIEW_NOTE)
      expect(review).not.toHaveProperty('reviewRating')
      expect(review).not.toHaveProperty('author')
      expect(review.itemReviewed['@type']).toBe('Claim')
      const source = corpus.find((document) => document.text.includes(review.claimReviewed))
      expect(source, review.claimReviewed).toBeDefined()
    }
  })
})

describe('JSONL and CSV', () => {
  test('JSONL gives the documents back unchanged, and the limit stops the export', async () => {
    const { text, count } = await exportAs('jsonl', corpus, 2)
    expect(count).toBe(2)
    const lines = text.trim().split('\n')
    expect(lines.map((line) => JSON.parse(line))).toEqual(corpus.slice(0, 2))
  })

  test('CSV quotes what needs it and defuses cells a spreadsheet would run as formulas', async () => {
    const hostile = { ...translation, title: '=HYPERLINK("http://x.example","click"), 2' }
    const { text } = await exportAs('csv', [hostile])
    const [header, row] = text.trim().split('\n')
    expect(header!.split(',')[0]).toBe('store_id')
    expect(row).toContain(`"'=HYPERLINK(""http://x.example"",""click""), 2"`)
  })
})
