import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { analyzeText } from '../../../test/support/analyze-text.ts'
import { hasSeeds, readSeed, SEEDS_SKIP_REASON } from '../../../test/support/shared.ts'

const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url))

function narrativesOf(file: string): string[] {
  const doc = analyzeText(readFileSync(`${EXAMPLES}${file}`, 'utf8'), file)
  for (const narrative of doc.narratives ?? []) {
    for (const span of narrative.evidence)
      expect(doc.text.slice(span.start, span.end)).toBe(span.text)
  }
  return (doc.narratives ?? []).map((narrative) => narrative.id)
}

describe('narratives on our demo corpus', () => {
  test.each([
    [
      'fr-reseau-veille-traduction.txt',
      ['colour-revolution', 'western-interference', 'hybrid-war'],
    ],
    ['fr-excerpt.txt', ['colour-revolution', 'hybrid-war']],
    ['de-translation.txt', ['colour-revolution', 'hybrid-war']],
    ['it-translation.txt', ['colour-revolution', 'hybrid-war']],
    ['fr-fil-traduit-republie.txt', ['hybrid-war', 'ngo-intelligence-front']],
  ])('%s carries %j', (file, expected) => {
    expect(narrativesOf(file)).toEqual(expect.arrayContaining(expected))
  })

  test.each(['en-wire-report.txt', 'fr-depeche-agence.txt'])(
    'the neutral report %s, which quotes the claims, carries none',
    (file) => {
      expect(narrativesOf(file)).toEqual([])
    },
  )

  test('a cue inside a named speaker’s quotation counts less than the author’s own words', () => {
    const own = analyzeText(
      'Ce soulèvement est une guerre hybride menée contre un État souverain, rien de moins.',
    )
    const reported = analyzeText(
      'Le ministre Paul Durand a déclaré : « Ce soulèvement est une guerre hybride menée contre nous. »',
    )
    expect(own.narratives?.map((narrative) => narrative.id)).toContain('hybrid-war')
    expect(reported.narratives?.map((narrative) => narrative.id) ?? []).not.toContain('hybrid-war')
  })

  test('a sub-narrative implies its parent', () => {
    const doc = analyzeText(
      'Les pays du pacte ne laisseront pas les révolutions de couleur s’installer chez eux, écrit le chroniqueur.',
    )
    const ids = doc.narratives?.map((narrative) => narrative.id)
    expect(ids).toEqual(expect.arrayContaining(['colour-revolution', 'western-interference']))
  })
})

if (!hasSeeds) console.warn(SEEDS_SKIP_REASON)

describe.skipIf(!hasSeeds)('narratives in the seeds', () => {
  test.each([
    ['000', ['colour-revolution', 'hybrid-war', 'ngo-intelligence-front']],
    [
      '003',
      ['colour-revolution', 'hybrid-war', 'ngo-intelligence-front', 'foreign-coup-in-csto-state'],
    ],
  ])('seed %s carries %j with evidence', (seed, expected) => {
    const doc = analyzeText(readSeed(seed).text, `seed-${seed}.txt`)
    const ids = doc.narratives?.map((narrative) => narrative.id)
    expect(ids).toEqual(expect.arrayContaining(expected))
    for (const narrative of doc.narratives ?? [])
      expect(narrative.evidence.length).toBeGreaterThan(0)
  })
})
