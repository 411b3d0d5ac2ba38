import { describe, expect, test } from 'vitest'
import { CUE_GROUPS, PERSUASION_CUES } from '../../lang/persuasion-cues.ts'
import { SparseCounter } from '../sparse-counter.ts'
import { EXCLAMATION_BIT, QUESTION_BIT, QUOTE_BIT } from './char-classes.ts'
import type { FeatureConfig } from './feature-config.ts'
import { compileHashedCues } from './hashed-cues.ts'
import { type ScanRecord, scanSettings, scanSpan } from './scan-span.ts'
import { CAPITALISED_BIT, NUMBER_BIT } from './style-features.ts'

const CONFIG: FeatureConfig = {
  wordBits: 12,
  charBits: 12,
  charOrders: [2, 5],
  minWordLength: 2,
  maxWordOrder: 2,
  languageCopies: true,
  cues: true,
  style: true,
  blockWeights: { words: 1, chars: 1, cues: 1, style: 1 },
}

function scan(lang: string, text: string, config = CONFIG) {
  const settings = scanSettings(
    config,
    compileHashedCues(PERSUASION_CUES[lang]!),
    lang,
    CUE_GROUPS.length,
  )
  const sink = {
    words: new SparseCounter(2 ** config.wordBits),
    chars: new SparseCounter(2 ** config.charBits),
    cues: new SparseCounter(1024),
  }
  const stats = { flags: 0, wordCount: 0, contentWords: [] as number[] }
  const record: ScanRecord = { words: [], cues: [] }
  scanSpan(text, 0, text.length, settings, sink, stats, record)
  const cues = record.cues.map(
    (cue) => `${CUE_GROUPS[cue.group]}: ${text.slice(cue.start, cue.end)}`,
  )
  return { sink, stats, record, cues }
}

describe('scanSpan cues', () => {
  test.each([
    [
      'en',
      'The so-called experts fear a catastrophe.',
      ['doubt: so-called', 'authority: experts', 'fear: fear', 'fear: catastrophe'],
    ],
    [
      'fr',
      'Selon les experts, c’est une catastrophe absolue !',
      ['authority: Selon', 'authority: experts', 'fear: catastrophe', 'intensifier: absolue'],
    ],
    [
      'de',
      'Die angeblichen Experten warnen vor der Katastrophe.',
      ['doubt: angeblichen', 'authority: Experten', 'fear: Katastrophe'],
    ],
    [
      'it',
      'I cosiddetti esperti parlano di catastrofe.',
      ['doubt: cosiddetti', 'authority: esperti', 'fear: catastrofe'],
    ],
    [
      'pl',
      'Tak zwani eksperci mówią o katastrofie.',
      ['doubt: Tak zwani', 'authority: eksperci', 'fear: katastrofie'],
    ],
    [
      'ru',
      'Так называемые эксперты говорят о катастрофе и двойных стандартах.',
      [
        'doubt: Так называемые',
        'authority: эксперты',
        'vagueness: говорят',
        'fear: катастрофе',
        'hypocrisy: двойных стандартах',
      ],
    ],
  ])('%s: stems and phrases match inflected words', (lang, text, expected) => {
    expect(scan(lang, text).cues).toEqual(expected)
  })

  test('a phrase does not match across a sentence scanned separately', () => {
    expect(scan('en', 'so').cues).toEqual([])
  })
})

describe('scanSpan counts and style', () => {
  test('style bits: question, exclamation, quotes, numbers, a word in capitals', () => {
    const { stats } = scan('en', 'Why 42 «NEVER» again?!')
    for (const bit of [QUESTION_BIT, EXCLAMATION_BIT, QUOTE_BIT, NUMBER_BIT, CAPITALISED_BIT])
      expect(stats.flags & bit).toBe(bit)
    expect(stats.wordCount).toBe(4)
  })

  test('words and character n-grams: every n-gram of each length is counted once per occurrence', () => {
    const { sink } = scan('en', 'ab ab', { ...CONFIG, languageCopies: false })
    const chars = sink.chars.drain()
    // "ab ab": 2-grams ab, "b ", " a", ab; 3-grams "ab ", "b a", " ab"; 4-grams 2; 5-gram 1 → 10 occurrences.
    expect(chars.values.reduce((sum, value) => sum + value, 0)).toBe(10)
    const words = sink.words.drain()
    // Unigram "ab" twice and bigram "ab ab" once.
    expect(words.values.reduce((sum, value) => sum + value, 0)).toBe(3)
  })

  test('case and ё are folded: the same features for "Всё" and "все"', () => {
    const a = scan('ru', 'Всё').sink.words.drain()
    const b = scan('ru', 'все').sink.words.drain()
    expect(Array.from(a.indices)).toEqual(Array.from(b.indices))
  })
})
