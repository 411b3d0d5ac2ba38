import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, test } from 'vitest'
import { analyzeArticle } from '../../src/analyze/analyze-article.ts'
import type { AnalyzedDocument } from '../../src/contracts/document.ts'
import { readInputs } from '../../src/ingest/read-input.ts'

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url))
const EXPECTED = fileURLToPath(new URL('./demo-corpus.expected.json', import.meta.url))

/** What a reviewer reads in a golden diff: each document's analyst-facing facts, with their covered text. */
function summarize(doc: AnalyzedDocument) {
  return {
    input: doc.source.input.replace(EXAMPLES, 'examples/'),
    lang: doc.lang,
    provenance: (doc.provenance ?? []).map((item) => [
      item.role,
      item.name ?? item.outlet ?? null,
      item.date ?? null,
    ]),
    quotes: (doc.quotes ?? []).map((quote) => [
      quote.kind,
      quote.speaker?.canonical ?? null,
      quote.text.slice(0, 60),
    ]),
    sourcing: (doc.sourcing ?? []).map((item) => [item.kind, item.text]),
    claims: (doc.claims ?? []).map((claim) => [
      claim.checkworthiness,
      claim.reasons.join('+'),
      claim.text.slice(0, 60),
    ]),
    entities: [
      ...new Set((doc.entities ?? []).map((entity) => `${entity.label} ${entity.canonical}`)),
    ].sort(),
    quality: (doc.quality ?? []).map((finding) => [finding.kind, finding.spans.length]),
    genre: doc.genre?.label ?? null,
    frames: (doc.frames ?? []).map((frame) => frame.label),
    techniques: countLabels((doc.techniques ?? []).map((technique) => technique.label)),
    narratives: (doc.narratives ?? []).map((narrative) => narrative.id),
    issues: doc.issues,
  }
}

/** `["Doubt 2", "Loaded_Language 5"]`: how often each label was found, in label order. */
function countLabels(labels: readonly string[]): string[] {
  const counts = new Map<string, number>()
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1)
  return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([label, n]) => `${label} ${n}`)
}

describe('demo corpus (golden)', () => {
  let documents: AnalyzedDocument[] = []
  beforeAll(async () => {
    for await (const result of readInputs([EXAMPLES], {})) {
      if (!result.ok) throw new Error(`${result.input}: ${result.message}`)
      documents.push(analyzeArticle(result.article))
    }
    documents = documents.sort((a, b) => a.source.input.localeCompare(b.source.input))
  })

  test('every span points at the text it claims', () => {
    for (const doc of documents) {
      const spans = [
        ...(doc.sentences ?? []),
        ...(doc.entities ?? []),
        ...(doc.quotes ?? []),
        ...(doc.sourcing ?? []),
        ...(doc.quality ?? []).flatMap((finding) => finding.spans),
      ]
      for (const span of spans) expect(doc.text.slice(span.start, span.end)).toBe(span.text)
    }
  })

  test('the French translation credits author, original and translator', () => {
    const doc = documents.find((item) =>
      item.source.input.endsWith('fr-reseau-veille-traduction.txt'),
    )
    expect(doc?.lang).toBe('fr')
    expect(doc?.provenance?.map((item) => [item.role, item.name ?? item.outlet])).toEqual(
      expect.arrayContaining([
        ['author', 'Marco Verlaine'],
        ['original', 'northpost.example'],
        ['translation', 'Réseau Veille'],
      ]),
    )
  })

  test('the neutral wire report has no anonymous sourcing', () => {
    const doc = documents.find((item) => item.source.input.endsWith('en-wire-report.txt'))
    expect(doc?.lang).toBe('en')
    expect(doc?.sourcing?.filter((item) => item.kind === 'anonymous')).toEqual([])
  })

  test('the republished thread: author from the handle, original date, repeated tweets found', () => {
    const doc = documents.find((item) => item.source.input.endsWith('fr-fil-traduit-republie.txt'))
    expect(doc?.provenance).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ role: 'author', name: 'Lena Korvath' }),
        expect.objectContaining({ role: 'original', date: '2025-03-11' }),
      ]),
    )
    expect(doc?.quality?.length).toBeGreaterThan(0)
  })

  test('matches the reviewed golden summary (GOLD_UPDATE=1 npm run gold:update rewrites it)', () => {
    const actual = documents.map(summarize)
    if (process.env.GOLD_UPDATE || !existsSync(EXPECTED)) {
      writeFileSync(EXPECTED, `${JSON.stringify(actual, null, 1)}\n`)
    }
    expect(actual).toEqual(JSON.parse(readFileSync(EXPECTED, 'utf8')))
  })
})
