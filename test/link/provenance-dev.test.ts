import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { analyzeArticle } from '../../src/analyze/analyze-article.ts'
import { readInputs } from '../../src/ingest/read-input.ts'
import { LINK_COMPONENTS } from '../../src/link/link-components.ts'
import { type ExpectedCredit, readProvenanceGold } from '../../src/link/read-provenance-gold.ts'
import {
  type FoundCredit,
  foundCreditsOf,
  normalizeCreditField,
  type ProvenanceScore,
  scoreProvenance,
} from '../../src/link/score-provenance.ts'
import { createPipeline } from '../../src/pipeline/create-pipeline.ts'

const DEV = new URL('../fixtures/link-dev/', import.meta.url).pathname

describe('provenance on the link development set', () => {
  let score: ProvenanceScore
  beforeAll(async () => {
    const gold = readProvenanceGold(readFileSync(`${DEV}provenance-gold.tsv`, 'utf8'))
    const pipeline = createPipeline(LINK_COMPONENTS, { onError: 'throw' })
    const found: FoundCredit[] = []
    for await (const item of readInputs([`${DEV}docs`])) {
      if (!item.ok) throw new Error(`${item.input}: ${item.message}`)
      const doc = analyzeArticle(item.article, pipeline)
      found.push(...foundCreditsOf(basename(doc.source.input), doc.provenance ?? []))
    }
    score = scoreProvenance(gold, found)
  })

  // Floors a little under the figures of 2026-12-03 (bench/results/provenance-dev.json): author F1 0.95,
  // translation 0.95, original 0.90, republication 0.89 (4 of 5), all 0.94 (P 0.99, R 0.89), names 0.99,
  // outlets 0.95, 17 of 18 uncredited documents left clean.
  test.each([
    ['author', 0.92],
    ['translation', 0.92],
    ['original', 0.87],
    ['republication', 0.85],
  ] as const)('%s credits: F1 at least %s', (role, floor) => {
    expect(score.roles[role]?.f1).toBeGreaterThanOrEqual(floor)
  })

  test('all credits: detection and fields stay above their floors', () => {
    expect(score.overall.gold).toBe(150)
    expect(score.overall.precision).toBeGreaterThanOrEqual(0.95)
    expect(score.overall.recall).toBeGreaterThanOrEqual(0.86)
    expect(score.overall.f1).toBeGreaterThanOrEqual(0.91)
    expect(score.overall.nameAgreement).toBeGreaterThanOrEqual(0.97)
    expect(score.overall.outletAgreement).toBeGreaterThanOrEqual(0.93)
    expect(score.uncreditedKeptClean).toBeGreaterThanOrEqual(16)
  })
})

describe('scoreProvenance on a hand-made case', () => {
  const expected = (
    file: string,
    role: ExpectedCredit['role'],
    name = '',
    outlet = '',
    date = '',
  ): ExpectedCredit => ({ file, role, name, outlet, date })
  const gold = [
    expected('wire.txt', 'author', 'Lene Kjaer', 'Nordic Press Agency'),
    expected('wire.txt', 'author', 'Marek Zielinski', 'Nordic Press Agency'),
    expected('column.txt', 'author', 'Daniel Whitcombe', '', '2025-04-05'),
    expected('column.txt', 'translation', 'Sylvie Marchand', "L'Éveil des Peuples"),
    expected('column.txt', 'original', '', 'The Meridian Review'),
    expected('news.txt', '-'),
  ]
  const found: FoundCredit[] = [
    // Listed in the other order: pairing by agreement must not cross the two reporters.
    { file: 'wire.txt', role: 'author', name: 'MAREK ZIELINSKI', outlet: 'Nordic Press Agency' },
    { file: 'wire.txt', role: 'author', name: 'Lene Kjær', outlet: 'Nordic Press Agency' },
    { file: 'column.txt', role: 'author', name: 'Daniel Whitcombe', date: '2025-04-02' },
    {
      file: 'column.txt',
      role: 'translation',
      name: 'Sylvie Marchand',
      outlet: '« l’Eveil des peuples »',
    },
    { file: 'news.txt', role: 'via', outlet: 'AFP' },
  ]
  const score = scoreProvenance(gold, found)

  test('counts matches per role and overall', () => {
    expect(score.roles.author).toMatchObject({
      gold: 3,
      predicted: 3,
      matched: 3,
      precision: 1,
      recall: 1,
    })
    expect(score.roles.original).toMatchObject({
      gold: 1,
      predicted: 0,
      matched: 0,
      recall: 0,
      f1: 0,
    })
    expect(score.roles.via).toMatchObject({ gold: 0, predicted: 1, matched: 0, precision: 0 })
    expect(score.overall).toMatchObject({ gold: 5, predicted: 5, matched: 4 })
    expect(score.overall.f1).toBeCloseTo(0.8)
  })

  test('checks fields only on matched credits, with accents, case, quotes and articles ignored', () => {
    // "Lene Kjær" is not "Lene Kjaer": æ is a letter, not an accent.
    expect(score.roles.author?.nameAgreement).toBeCloseTo(2 / 3)
    expect(score.roles.author?.dateAgreement).toBe(0)
    expect(score.roles.translation?.outletAgreement).toBe(1)
    expect(score.errors.map((error) => error.kind).sort()).toEqual([
      'missed',
      'spurious',
      'wrong-date',
      'wrong-name',
    ])
    expect(score.uncreditedDocuments).toBe(1)
    expect(score.uncreditedKeptClean).toBe(0)
  })

  test.each([
    ['« Le Grand Soir Libre »', 'grand soir libre'],
    ['du Saker francophone', 'Saker francophone'],
    ['"Мировое обозрение"', 'мировое обозрение'],
    ['Der Abendkurier', 'Abendkurier'],
  ])('normalizes %s like %s', (a, b) => {
    expect(normalizeCreditField(a)).toBe(normalizeCreditField(b))
  })

  test('readProvenanceGold rejects a row with an unknown role, naming its line', () => {
    expect(() => readProvenanceGold('# header\nx.txt\tauthr\tA\t\t\n')).toThrow(/line 2/u)
    expect(readProvenanceGold('x.txt\t-\t\t\t\n')).toEqual([expected('x.txt', '-')])
  })
})
