import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { analyzeText } from '../../../test/support/analyze-text.ts'

const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/narratives/', import.meta.url))

function narrativesOf(file: string) {
  const doc = analyzeText(readFileSync(`${FIXTURES}${file}`, 'utf8'), file)
  for (const narrative of doc.narratives ?? []) {
    expect(narrative.evidence.length).toBeGreaterThan(0)
    for (const span of narrative.evidence)
      expect(doc.text.slice(span.start, span.end)).toBe(span.text)
  }
  return { lang: doc.lang, ids: (doc.narratives ?? []).map((narrative) => narrative.id) }
}

describe('SemEval-2025 narratives in French, a language without training data (cues only)', () => {
  test.each([
    [
      'fr-tribune-sanctions.txt',
      [
        'urw.consequences-for-the-west.sanctions-backfire',
        'urw.consequences-for-the-west',
        'urw.discrediting-the-west.west-tired-of-ukraine',
      ],
    ],
    [
      'fr-chronique-climat.txt',
      ['cc.downplaying.natural-cycles', 'cc.downplaying', 'cc.criticism-of-movement.alarmist'],
    ],
  ])('%s carries %j', (file, expected) => {
    const { lang, ids } = narrativesOf(file)
    expect(lang).toBe('fr')
    expect(ids).toEqual(expect.arrayContaining(expected))
  })

  test('a neutral agency dispatch carries none', () => {
    expect(narrativesOf('fr-depeche-sommet.txt').ids).toEqual([])
  })
})

describe('SemEval-2025 narratives in English (model and cues)', () => {
  test('an op-ed that blames NATO and praises the Russian army carries the mapped narratives, with evidence', () => {
    const doc = analyzeText(
      [
        'The war in Ukraine is a proxy war that Washington wanted.',
        'For years NATO expansion pushed the alliance to the Russian border, and the West provoked Moscow until it had no other choice. The United States will fight to the last Ukrainian.',
        'Meanwhile the Russian army keeps advancing and liberated another town this week; its hypersonic missiles have no analogue in the West.',
        'The Kyiv regime begs for more weapons while its officials buy villas abroad.',
      ].join('\n\n'),
      'op-ed.txt',
    )
    const ids = (doc.narratives ?? []).map((narrative) => narrative.id)
    expect(ids).toEqual(
      expect.arrayContaining(['urw.blaming-others.west-aggressor', 'urw.blaming-others']),
    )
    for (const narrative of doc.narratives ?? []) {
      expect(narrative.score).toBeGreaterThan(0)
      expect(narrative.score).toBeLessThanOrEqual(1)
    }
  })
})
