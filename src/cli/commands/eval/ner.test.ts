import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, test, vi } from 'vitest'
import { hashFeature } from '../../../learn/ner/hash-feature.ts'
import { packModel } from '../../../learn/ner/pack-model.ts'
import { evalNerCommand } from './ner.ts'

// A hand-made tagger: every capitalised word (short shape "Xx") is a one-word PER entity; everything else is O
// because every transition into O scores 1. Its output on any text can be worked out by hand.
const TAGS = ['O', 'B-PER', 'I-PER']
const MINUS = Number.NEGATIVE_INFINITY
const model = packModel(
  {
    tags: TAGS,
    features: Uint32Array.of(hashFeature('s=Xx')),
    weights: Float64Array.of(0, 5, 0),
    transitions: Float64Array.of(1, 0, MINUS, 1, 0, MINUS, 1, 0, 0, 1, 0, 0),
  },
  { lang: 'fr', minWeight: 0, temperature: 1, lexicon: {}, training: {} },
)

const GOLD = [
  '0\tJean\tB-PER',
  '1\tDupont\tI-PER',
  '2\tvisite\tO',
  '3\tParis\tB-LOC',
  '4\t.\tO',
  '',
  '0\tMarie\tB-PER',
  '1\tdort\tO',
  '',
].join('\n')

afterEach(() => {
  vi.restoreAllMocks()
})

test('prints CoNLL exact-match scores equal to those computed by hand', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ner-eval-'))
  writeFileSync(join(dir, 'model.json'), JSON.stringify(model))
  writeFileSync(join(dir, 'test.conllu'), GOLD)
  const output: string[] = []
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    output.push(String(chunk))
    return true
  })
  const args = [
    '--data',
    join(dir, 'test.conllu'),
    '--model',
    join(dir, 'model.json'),
    '--lang',
    'fr',
  ]
  expect(await evalNerCommand([...args, '--json'])).toBe(0)
  const { results } = JSON.parse(output.join('')) as {
    results: {
      view: string
      scores: { byLabel: Record<string, Record<string, number>>; overall: Record<string, number> }
    }[]
  }
  const { byLabel, overall } = results[0]!.scores
  // Predicted PER: Jean, Dupont, Paris, Marie. Gold: PER "Jean Dupont", LOC Paris, PER Marie.
  // PER: tp 1 (Marie), fp 3, fn 1 → P 1/4, R 1/2, F1 1/3. LOC: fn 1. Overall: tp 1, fp 3, fn 2.
  expect(byLabel.PER).toMatchObject({ truePositives: 1, falsePositives: 3, falseNegatives: 1 })
  expect(byLabel.PER?.precision).toBeCloseTo(0.25, 10)
  expect(byLabel.PER?.recall).toBeCloseTo(0.5, 10)
  expect(byLabel.PER?.f1).toBeCloseTo(1 / 3, 10)
  expect(byLabel.LOC).toMatchObject({ truePositives: 0, falsePositives: 0, falseNegatives: 1 })
  expect(overall.precision).toBeCloseTo(0.25, 10)
  expect(overall.recall).toBeCloseTo(1 / 3, 10)
  expect(overall.f1).toBeCloseTo(2 / 7, 10)

  output.length = 0
  expect(await evalNerCommand([...args, '--tokens', 'both'])).toBe(0)
  const table = output.join('')
  expect(table).toMatch(/PER\s+0\.2500\s+0\.5000\s+0\.3333\s+2\s+4/u)
  expect(table).toMatch(/overall\s+0\.2500\s+0\.3333\s+0\.2857\s+3\s+4/u)
  expect(table).toContain('our tokenizer')
})

test('refuses a missing --data with a usage error', async () => {
  await expect(evalNerCommand([])).rejects.toThrow('--data')
})

test('says how many gold tags are not BIO tags and are read as O, with the first one', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ner-eval-'))
  writeFileSync(join(dir, 'model.json'), JSON.stringify(model))
  writeFileSync(
    join(dir, 'test.conllu'),
    GOLD.replace('3\tParis\tB-LOC', '3\tParis\tLOC').replace('1\tdort\tO', '1\tdort\t_'),
  )
  const output: string[] = []
  const errors: string[] = []
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    output.push(String(chunk))
    return true
  })
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    errors.push(String(chunk))
    return true
  })
  const data = join(dir, 'test.conllu')
  const args = ['--data', data, '--model', join(dir, 'model.json'), '--lang', 'fr', '--json']
  expect(await evalNerCommand(args)).toBe(0)
  const parsed = JSON.parse(output.join('')) as {
    tagsReadAsOutside: number
    results: { scores: { byLabel: Record<string, { falseNegatives: number }> } }[]
  }
  expect(parsed.tagsReadAsOutside).toBe(2)
  // Paris, tagged "LOC", is no gold entity: nothing of type LOC is missed.
  expect(parsed.results[0]!.scores.byLabel.LOC?.falseNegatives ?? 0).toBe(0)
  expect(errors.join('')).toBe(
    `eval ner: ${data}: 2 tag(s) are not O, B-TYPE or I-TYPE and are read as O (first: line 4, tag "LOC")\n`,
  )
})
