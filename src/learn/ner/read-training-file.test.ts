import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { firstMalformedLine, NerDataError, readNerTrainingFile } from './read-training-file.ts'

test('every layout readConll reads passes: WikiNEuRal, CoNLL-2003 with DOCSTART, comments, CRLF', () => {
  expect(firstMalformedLine('0\tJean\tB-PER\n1\tDupont\tI-PER\n\n0\tdort\tO\n')).toBeNull()
  expect(
    firstMalformedLine('-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n'),
  ).toBeNull()
  expect(firstMalformedLine('# sent_id = 1\r\nParis B-LOC\r\n\r\n')).toBeNull()
})

test('a token without a tag, or a tag outside BIO, is named with its line number', () => {
  expect(firstMalformedLine('Paris B-LOC\n\nLyon\n')).toBe(
    '3: one column ("Lyon"); expected a token and its BIO tag',
  )
  expect(firstMalformedLine('Paris B-LOC\nLyon _\n')).toBe(
    '2: tag "_" is not O, B-TYPE or I-TYPE ("Lyon _")',
  )
  expect(firstMalformedLine('Paris X-LOC\n')).toContain('1: tag "X-LOC"')
})

test('a folder in the WikiNEuRal layout reads its train.conllu and counts sentences', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ner-data-'))
  mkdirSync(join(dir, 'fr'))
  writeFileSync(join(dir, 'fr', 'train.conllu'), '0\tJean\tB-PER\n\n0\tParis\tB-LOC\n1\t.\tO\n')
  const file = readNerTrainingFile(join(dir, 'fr'))
  expect(file.path).toBe(join(dir, 'fr', 'train.conllu'))
  expect(file.sentences).toBe(2)
})

test('an empty folder and a file of blank lines are refused, each naming the path', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ner-data-'))
  expect(() => readNerTrainingFile(dir)).toThrow(
    new NerDataError(`${dir}: no train.conllu in this folder`),
  )
  writeFileSync(join(dir, 'blank.conllu'), '\n\n-DOCSTART- O\n\n')
  expect(() => readNerTrainingFile(join(dir, 'blank.conllu'))).toThrow(
    `${join(dir, 'blank.conllu')}: no sentences`,
  )
})
