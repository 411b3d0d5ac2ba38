import { Buffer } from 'node:buffer'
import { readFileSync, statSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { forEachNgram } from './for-each-ngram.ts'
import { GRAM_SEPARATOR, langidModelSchema } from './langid-model.ts'
import { compileModel } from './load-model.ts'
import { normalizeForNgrams } from './normalize-for-ngrams.ts'
import { scanText } from './scan-text.ts'

const MODEL_URL = new URL('../../../models/langid.json', import.meta.url)
const raw = langidModelSchema.parse(JSON.parse(readFileSync(MODEL_URL, 'utf8')))
const model = compileModel(raw)

/** Reference scorer: the string n-grams the trainer counts, looked up in the artefact's own rows. */
function referenceEvidence(text: string): { penalties: number[]; matched: number }[] {
  return model.groups.map((group) => {
    const { grams, penalties, languages } = raw.groups[group.script]
    const rows = Buffer.from(penalties, 'base64')
    const rowOf = new Map(grams.split(GRAM_SEPARATOR).map((gram, index) => [gram, index]))
    const sums = languages.map(() => 0)
    let matched = 0
    forEachNgram(normalizeForNgrams(text), (gram) => {
      const row = rowOf.get(gram)
      if (row === undefined) return
      matched++
      for (const [language] of languages.entries()) {
        sums[language] = (sums[language] ?? 0) + (rows[row * languages.length + language] ?? 0)
      }
    })
    return { penalties: sums, matched }
  })
}

describe('scanText', () => {
  it.each([
    'Hello, World! Ça va?',
    '  Ünïcödé—STRASSE 123 ÆØÅ 😀x😀 𠀀a  ',
    'Путин и NATO: їжак, ґанок',
    '\uD800abc\uDC00 d',
    'a',
    '...',
    'कर्मचारी आज',
    'İstanbul’da ŞEHİR; e\u0301te',
  ])('scores exactly the n-grams the trainer counts: %j', (text) => {
    const evidence = scanText(text, model).evidence.map((entry) => ({
      penalties: [...entry.penalties],
      matched: entry.matched,
    }))
    expect(evidence).toEqual(referenceEvidence(text))
  })

  it('counts letters by script', () => {
    const { scripts } = scanText('abc где 東京 ñ', model)
    expect(Object.fromEntries(scripts)).toEqual({ latin: 4, cyrillic: 3, han: 2 })
  })
})

describe('models/langid.json', () => {
  it('stays compact', () => {
    expect(statSync(MODEL_URL).size).toBeLessThan(1.5 * 1024 * 1024)
  })
})
