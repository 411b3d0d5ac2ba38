import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { splitParagraphs } from '../../src/components/paragraphs/split-paragraphs.ts'
import { parseDate } from '../../src/components/provenance/parse-date.ts'
import { findQuoteMarks } from '../../src/components/quotes/find-quote-marks.ts'
import { splitSentences } from '../../src/components/sentences/split-sentences.ts'
import type { Span } from '../../src/contracts/span.ts'
import { tokenize } from '../../src/doc/tokenize.ts'
import { ALL_QUOTE_PAIRS, LANGUAGES } from '../../src/lang/index.ts'
import { analyzeText } from '../support/analyze-text.ts'
import { trickyText } from './generators.ts'

function expectConsistent(text: string, spans: readonly Span[]): void {
  for (const span of spans) {
    expect(span.start).toBeGreaterThanOrEqual(0)
    expect(span.end).toBeLessThanOrEqual(text.length)
    expect(span.start).toBeLessThanOrEqual(span.end)
    expect(text.slice(span.start, span.end)).toBe(span.text)
  }
}

describe('properties: offsets always inside the text and consistent with it', () => {
  test('tokenize: ordered, non-overlapping tokens whose text is the text at their offsets', () => {
    fc.assert(
      fc.property(trickyText, (text) => {
        const tokens = tokenize(text)
        let previousEnd = 0
        for (const token of tokens) {
          expect(token.start).toBeGreaterThanOrEqual(previousEnd)
          expect(text.slice(token.start, token.end)).toBe(token.text)
          previousEnd = token.end
        }
      }),
      { numRuns: 30_000 },
    )
  })

  test('paragraphs and sentences: inside the text, sentences inside paragraphs, in order', () => {
    fc.assert(
      fc.property(
        trickyText,
        fc.constantFrom(...Object.values(LANGUAGES), null),
        (text, language) => {
          const paragraphs = splitParagraphs(text)
          const sentences = splitSentences(text, paragraphs, language)
          expectConsistent(text, paragraphs)
          expectConsistent(text, sentences)
          for (let index = 1; index < sentences.length; index++) {
            expect(sentences[index]!.start).toBeGreaterThanOrEqual(sentences[index - 1]!.end)
          }
          for (const sentence of sentences) {
            expect(
              paragraphs.some(
                (paragraph) => paragraph.start <= sentence.start && sentence.end <= paragraph.end,
              ),
            ).toBe(true)
          }
        },
      ),
      { numRuns: 15_000 },
    )
  })

  test('quote marks: every quoted span lies inside its paragraph and matches the text', () => {
    fc.assert(
      fc.property(trickyText, (text) => {
        for (const paragraph of splitParagraphs(text)) {
          for (const quote of findQuoteMarks(text, paragraph, ALL_QUOTE_PAIRS)) {
            expectConsistent(text, [quote.inner])
            expect(quote.open).toBeGreaterThanOrEqual(paragraph.start)
            expect(quote.close).toBeLessThanOrEqual(paragraph.end)
          }
        }
      }),
      { numRuns: 25_000 },
    )
  })

  test('dates: never throw; a parsed date is a real ISO date read from the text', () => {
    fc.assert(
      fc.property(
        trickyText,
        fc.constantFrom(...Object.values(LANGUAGES)),
        fc.option(fc.integer({ min: 1900, max: 2100 }), { nil: undefined }),
        (text, language, year) => {
          const date = parseDate(text, language, year)
          if (!date) return
          expect(date.iso).toMatch(/^\d{4}-\d{2}-\d{2}$/u)
          expect(Number.isNaN(Date.parse(date.iso))).toBe(false)
          expect(text.slice(date.start, date.end)).toBe(date.text)
        },
      ),
      { numRuns: 30_000 },
    )
  })

  test('the whole pipeline: no component fails, every span of every layer is consistent', () => {
    fc.assert(
      fc.property(trickyText, (text) => {
        const doc = analyzeText(text)
        expect(doc.issues).toEqual([])
        expectConsistent(doc.text, [
          ...(doc.paragraphs ?? []),
          ...(doc.sentences ?? []),
          ...(doc.entities ?? []),
          ...(doc.quotes ?? []),
          ...(doc.quotes ?? []).flatMap((quote) => (quote.cue ? [quote.cue] : [])),
          ...(doc.sourcing ?? []),
          ...(doc.quality ?? []).flatMap((finding) => finding.spans),
          ...(doc.narratives ?? []).flatMap((narrative) => narrative.evidence),
        ])
      }),
      { numRuns: 2_000 },
    )
  })

  test('quotes and attribution: quotes, cues, speakers and sources match the text at their offsets', () => {
    // Reported speech in six languages, assembled from speakers, verbs, marks and content in random order.
    const speaker = fc.constantFrom(
      'Vladimir Poutine',
      'le ministre',
      'Тоқаев',
      'The minister',
      'Il',
      'She',
      'une source',
      '',
    )
    const verb = fc.constantFrom(
      'a déclaré',
      'said',
      'erklärte',
      'ha detto',
      'заявил',
      'selon',
      'according to',
      ':',
      '',
    )
    const marks = fc.constantFrom(...ALL_QUOTE_PAIRS)
    const clause = fc
      .tuple(
        speaker,
        verb,
        marks,
        trickyText,
        fc.constantFrom('.', ',', '', '!', ' —'),
        fc.boolean(),
      )
      .map(([who, says, [open, close], content, end, isBefore]) =>
        isBefore
          ? `${who} ${says} ${open}${content}${close}${end}`
          : `${open}${content}${close}${end} ${says} ${who}.`,
      )
    fc.assert(
      fc.property(
        fc.array(clause, { minLength: 1, maxLength: 6 }),
        fc.constantFrom(' ', '\n\n'),
        (clauses, gap) => {
          const doc = analyzeText(clauses.join(gap))
          expect(doc.issues).toEqual([])
          for (const quote of doc.quotes ?? []) {
            expectConsistent(doc.text, [quote, ...(quote.cue ? [quote.cue] : [])])
            const { speaker: who } = quote
            if (who?.start !== undefined && who.end !== undefined)
              expect(doc.text.slice(who.start, who.end)).toBe(who.text)
          }
          expectConsistent(
            doc.text,
            (doc.sourcing ?? []).flatMap((source) => [source, source.sentence]),
          )
        },
      ),
      { numRuns: 2_000 },
    )
  })
})
