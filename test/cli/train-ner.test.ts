import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { tokenize } from '../../src/doc/tokenize.ts'
import { readNerModel } from '../../src/learn/ner/load-ner-model.ts'
import { syntheticConll } from '../../src/learn/ner/synthetic-conll.ts'
import { tagDocument } from '../../src/learn/ner/tag-document.ts'
import { runCli } from '../support/run-cli.ts'

test('narrascope train ner writes an artefact the shipped loader reads, that tags text and that eval ner scores', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ner-cli-'))
  const data = join(dir, 'toy.conllu')
  const model = join(dir, 'ner-toy.json')
  writeFileSync(data, syntheticConll(300, 7))
  const training = await runCli([
    'train',
    'ner',
    '--data',
    data,
    '--lang',
    'fr',
    '--out',
    model,
    '--epochs',
    '3',
  ])
  expect(training.stderr).toContain(`narrascope train ner: wrote ${model} (fr,`)
  expect(training.code).toBe(0)
  expect(training.stdout).toContain('ner fr: held-out')
  expect(training.stdout).toMatch(/^overall\s+\d\.\d{4}\s+\d\.\d{4}\s+\d\.\d{4}/mu)

  // The reader the entities component uses (readNerModel, behind loadNerModel).
  const tagger = readNerModel(model)
  const text = 'Selon Sofia Nazarov, la Croix-Rouge est à Bichkek.'
  const tokens = tokenize(text)
  const entities = tagDocument(tagger, text, tokens).map((entity) => [
    entity.label,
    text.slice(tokens[entity.first]!.start, tokens[entity.last]!.end),
  ])
  expect(entities).toEqual([
    ['PER', 'Sofia Nazarov'],
    ['ORG', 'Croix-Rouge'],
    ['LOC', 'Bichkek'],
  ])

  const test = join(dir, 'test.conllu')
  writeFileSync(test, syntheticConll(60, 99))
  const evaluation = await runCli([
    'eval',
    'ner',
    '--data',
    test,
    '--model',
    model,
    '--lang',
    'fr',
    '--json',
  ])
  expect(evaluation.code).toBe(0)
  const scored = JSON.parse(evaluation.stdout) as {
    sentences: number
    results: { scores: { overall: { f1: number; truePositives: number } } }[]
  }
  expect(scored.sentences).toBe(60)
  // A toy corpus of seven templates and closed name lists: a tagger that learned anything is nearly perfect.
  expect(scored.results[0]!.scores.overall.f1).toBeGreaterThan(0.95)
})

test('narrascope train ner on a malformed file: one line naming the file, line and reason, exit code 2', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ner-cli-'))
  const data = join(dir, 'broken.conllu')
  writeFileSync(data, '0\tJean\tB-PER\n1\tDupont\n2\tdort\tO\n')
  const result = await runCli([
    'train',
    'ner',
    '--data',
    data,
    '--lang',
    'fr',
    '--out',
    join(dir, 'm.json'),
  ])
  expect(result.code).toBe(2)
  expect(result.stderr).toBe(
    `narrascope train: ${data}:2: tag "Dupont" is not O, B-TYPE or I-TYPE ("1\\tDupont")\n`,
  )
})
