import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, test, vi } from 'vitest'
import { readNerModel } from '../../../learn/ner/load-ner-model.ts'
import { syntheticConll } from '../../../learn/ner/synthetic-conll.ts'
import { CliError } from '../../cli-error.ts'
import { trainNerCommand } from './ner.ts'

afterEach(() => {
  vi.restoreAllMocks()
})

function quiet(): void {
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
}

test('trains from a language folder (WikiNEuRal layout), the language read from its name', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ner-train-'))
  mkdirSync(join(dir, 'wikineural', 'fr'), { recursive: true })
  writeFileSync(join(dir, 'wikineural', 'fr', 'train.conllu'), syntheticConll(150, 7))
  quiet()
  const out = join(dir, 'models', 'toy.json')
  const code = await trainNerCommand([
    '--data',
    join(dir, 'wikineural', 'fr'),
    '--out',
    out,
    '--epochs',
    '2',
  ])
  expect(code).toBe(0)
  const tagger = readNerModel(out)
  expect(tagger.tags).toEqual(['O', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-PER', 'I-PER'])
})

test('a folder of language folders is refused with the folders to choose from', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ner-train-'))
  for (const lang of ['en', 'fr']) {
    mkdirSync(join(dir, lang))
    writeFileSync(join(dir, lang, 'train.conllu'), syntheticConll(5, 1))
  }
  await expect(trainNerCommand(['--data', dir, '--lang', 'fr'])).rejects.toThrow(
    `${dir}: no train.conllu in this folder; it has language folders (en, fr): pass one, as in ${join(dir, 'en')}`,
  )
})

test('bad data: the file and the reason, as a usage error (exit code 2), and no artefact', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ner-train-'))
  const out = join(dir, 'ner-fr.json')
  const cases: [string, string, string][] = [
    ['missing.conllu', '', 'missing.conllu: no such file or folder'],
    ['comments.conllu', '# only a comment\n\n\n', 'comments.conllu: no sentences'],
    ['one-column.conllu', '0\tParis\tB-LOC\nLyon\n', 'one-column.conllu:2: one column ("Lyon")'],
    ['bare-type.conllu', 'Paris LOC\n', 'bare-type.conllu:1: tag "LOC" is not O, B-TYPE or I-TYPE'],
  ]
  for (const [name, content, message] of cases) {
    if (content) writeFileSync(join(dir, name), content)
    const run = trainNerCommand(['--data', join(dir, name), '--lang', 'fr', '--out', out])
    await expect(run).rejects.toThrow(CliError)
    await expect(run).rejects.toThrow(message)
  }
  expect(existsSync(out)).toBe(false)
})

test('without --lang, a path naming no language is refused', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ner-train-'))
  writeFileSync(join(dir, 'toy.conllu'), syntheticConll(5, 1))
  await expect(trainNerCommand(['--data', join(dir, 'toy.conllu')])).rejects.toThrow(
    'cannot tell the language',
  )
})
