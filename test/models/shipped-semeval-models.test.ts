import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import type { AnalyzedDocument } from '../../src/contracts/document.ts'
import { AnalyzedDocumentSchema } from '../../src/contracts/document.ts'
import { languageData } from '../../src/lang/index.ts'
import { analyzeText } from '../support/analyze-text.ts'

// The shipped techniques, frames and genre models, through the default pipeline, on our own demo articles: the
// shapes the contract documents, and every span inside the unchanged text.
const example = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../examples/${name}`, import.meta.url)), 'utf8')

function spanIsText(doc: AnalyzedDocument, span: { start: number; end: number; text: string }) {
  expect(span.start).toBeGreaterThanOrEqual(0)
  expect(span.end).toBeLessThanOrEqual(doc.text.length)
  expect(doc.text.slice(span.start, span.end)).toBe(span.text)
}

describe('shipped SemEval-2023 models in the default pipeline', () => {
  const doc = AnalyzedDocumentSchema.parse(
    analyzeText(example('fr-fil-traduit-republie.txt'), 'fr-fil-traduit-republie.txt'),
  )

  test('techniques: per paragraph, the strongest sentence among the evidence, all inside that paragraph', () => {
    const techniques = doc.techniques ?? []
    expect(techniques.length).toBeGreaterThan(0)
    for (const technique of techniques) {
      const paragraph = doc.paragraphs?.[technique.paragraph]
      expect(paragraph).toBeDefined()
      expect(technique.confidence).toBeGreaterThan(0)
      expect(technique.confidence).toBeLessThanOrEqual(1)
      spanIsText(doc, technique)
      expect(technique.evidence.length).toBeGreaterThan(0)
      expect(technique.evidence.length).toBeLessThanOrEqual(3)
      expect(technique.evidence).toContainEqual({
        start: technique.start,
        end: technique.end,
        text: technique.text,
      })
      for (const span of technique.evidence) {
        spanIsText(doc, span)
        expect(span.start).toBeGreaterThanOrEqual(paragraph!.start)
        expect(span.end).toBeLessThanOrEqual(paragraph!.end)
      }
    }
    // A label is assigned at most once per paragraph.
    const keys = techniques.map((technique) => `${technique.paragraph}:${technique.label}`)
    expect(new Set(keys).size).toBe(keys.length)
  })

  test('technique cues are words of the evidence outside every named entity', () => {
    const entities = doc.entities ?? []
    const insideEntity = (start: number, end: number) =>
      entities.some((entity) => entity.start <= start && end <= entity.end)
    let checked = 0
    for (const technique of doc.techniques ?? []) {
      for (const cue of technique.cues) {
        const word = /"(.+)"$/u.exec(cue)?.[1]
        if (!word) continue
        // Some occurrence of the cue in the evidence lies outside the entities.
        const free = technique.evidence.some((span) => {
          for (let at = span.text.indexOf(word); at >= 0; at = span.text.indexOf(word, at + 1))
            if (!insideEntity(span.start + at, span.start + at + word.length)) return true
          return false
        })
        expect(free, `${technique.label} cue ${cue}`).toBe(true)
        checked++
      }
    }
    expect(checked).toBeGreaterThan(0)
  })

  test('technique cue words are never grammar: no stopword, no auxiliary verb', () => {
    const data = languageData(doc.language?.code)
    expect(data).not.toBeNull()
    const grammar = new Set([...(data?.stopwords ?? []), ...(data?.auxiliaryVerbs ?? [])])
    const named = (doc.techniques ?? []).flatMap((technique) =>
      technique.cues.flatMap((cue) => /^"(.+)"$/u.exec(cue)?.[1] ?? []),
    )
    expect(named.length).toBeGreaterThan(0)
    for (const word of named) expect(grammar.has(word.toLowerCase()), word).toBe(false)
  })

  test('frames: distinct labels with calibrated confidences and evidence paragraphs', () => {
    const frames = doc.frames ?? []
    expect(frames.length).toBeGreaterThan(0)
    expect(new Set(frames.map((frame) => frame.label)).size).toBe(frames.length)
    for (const frame of frames) {
      expect(frame.confidence).toBeGreaterThan(0)
      expect(frame.confidence).toBeLessThanOrEqual(1)
      for (const span of frame.evidence) spanIsText(doc, span)
    }
  })

  test('genre: one label, scores for all three genres that sum to one, the label scored', () => {
    const genre = doc.genre
    expect(genre).not.toBeNull()
    const { opinion, reporting, satire } = genre!.scores
    expect(opinion + reporting + satire).toBeCloseTo(1, 2)
    expect(genre!.confidence).toBe(genre!.scores[genre!.label])
    for (const span of genre!.evidence) spanIsText(doc, span)
  })

  test('genre: a brief shorter than any training article gets its most probable genre', () => {
    const brief = analyzeText(
      'The review praises the new staging of the play at the Riverside Playhouse, its actors and its quiet last act.',
      'en.txt',
    ).genre
    expect(brief).not.toBeNull()
    const { scores } = brief!
    expect(scores[brief!.label]).toBe(Math.max(scores.opinion, scores.reporting, scores.satire))
  })

  test('a language the models were not trained on gets no technique, frame or genre', () => {
    const spanish = analyzeText(
      'El Gobierno anunció ayer nuevas medidas contra la inflación. La oposición las calificó de insuficientes y pidió un debate en el Congreso.',
      'es.txt',
    )
    expect(spanish.lang).toBe('es')
    expect(spanish.techniques).toEqual([])
    expect(spanish.frames).toEqual([])
    expect(spanish.genre).toBeNull()
  })
})
