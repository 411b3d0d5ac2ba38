import { describe, expect, test } from 'vitest'
import type { AnalyzedDocument } from '../../src/contracts/document.ts'
import { extractHtml } from '../../src/extract/extract-html.ts'
import { analyzeText } from '../support/analyze-text.ts'

// Each case must be analysed (or refused with a clear message) within the test timeout: a hang fails the test.
const BOUND_MS = 300_000

function expectSpansInText(doc: AnalyzedDocument): void {
  for (const span of [...(doc.sentences ?? []), ...(doc.entities ?? []), ...(doc.quotes ?? [])]) {
    expect(doc.text.slice(span.start, span.end)).toBe(span.text)
  }
}

describe('pathological inputs are analysed within a bound', () => {
  test('a 10 MB single-line text', { timeout: BOUND_MS }, () => {
    const sentence =
      'Le ministre Paul Durand a déclaré que la situation restait « très grave » à Miraz, selon une source. '
    const text = sentence.repeat(Math.ceil(10_000_000 / sentence.length)).slice(0, 10_000_000)
    const doc = analyzeText(text)
    expect(doc.issues).toEqual([])
    expect(doc.sentences?.length).toBeGreaterThan(10_000)
  })

  test('100 000 quotation marks', { timeout: BOUND_MS }, () => {
    const doc = analyzeText('«'.repeat(50_000) + ' texte ' + '»'.repeat(50_000))
    expect(doc.issues).toEqual([])
    expectSpansInText(doc)
  })

  test.each([
    ['mixed scripts', 'Президент Токаев и OTAN — قال الرئيس — 中文 text « mélange » 😀 said.'],
    [
      'right-to-left text with marks',
      '\u202eقال الرئيس إن الوضع «خطير جدا».\u202c He said: “It is serious.”',
    ],
    [
      'zero-width characters',
      'Poutine\u200b a\u200d déclaré\ufeff : « il\u200b était nécessaire de réagir »',
    ],
    ['lone surrogates', 'Tokaïev \ud800 a dit « non \udc00 merci » à \ud83d l’OTSC.'],
    ['only punctuation', '«»“”„“‚‘‹›"\'—–…!?.:;'.repeat(1000)],
  ])('%s', (_, text) => {
    const doc = analyzeText(text)
    expect(doc.issues).toEqual([])
    expectSpansInText(doc)
  })

  test('deeply nested HTML (50 000 levels)', { timeout: BOUND_MS }, () => {
    const html = `<html><body>${'<div>'.repeat(50_000)}<p>Le texte de l’article, enfin.</p>${'</div>'.repeat(50_000)}</body></html>`
    const extracted = extractHtml(html)
    expect(extracted.text).toContain('Le texte de l’article')
  })
})
