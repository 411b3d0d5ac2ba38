import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, test, vi } from 'vitest'
import { readNerModel } from '../../../learn/ner/load-ner-model.ts'
import { syntheticConll } from '../../../learn/ner/synthetic-conll.ts'
import { trainNerCommand } from './ner.ts'

afterEach(() => {
  vi.restoreAllMocks()
})

test('trains from a folder per language (WikiNEuRal layout) and writes a loadable artefact', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ner-train-'))
  mkdirSync(join(dir, 'data', 'fr'), { recursive: true })
  writeFileSync(join(dir, 'data', 'fr', 'train.conllu'), syntheticConll(150, 7))
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
  const code = await trainNerCommand([
    '--data',
    join(dir, 'data'),
    '--out',
    join(dir, 'models'),
    '--epochs',
    '3',
  ])
  expect(code).toBe(0)
  const path = join(dir, 'models', 'ner-fr.json')
  expect(existsSync(path)).toBe(true)
  expect(readNerModel(path).tags).toEqual([
    'O',
    'B-LOC',
    'I-LOC',
    'B-ORG',
    'I-ORG',
    'B-PER',
    'I-PER',
  ])
})

test('says which layout it expected when the folder has no training file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ner-train-'))
  await expect(trainNerCommand(['--data', dir])).rejects.toThrow('train.conllu')
})
