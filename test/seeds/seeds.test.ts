import { beforeAll, describe, expect, test } from 'vitest'
import type { AnalyzedDocument } from '../../src/contracts/document.ts'
import { analyzeText } from '../support/analyze-text.ts'
import { hasSeeds, readSeed, SEEDS_SKIP_REASON } from '../support/shared.ts'

if (!hasSeeds) console.warn(SEEDS_SKIP_REASON)

function quotesBy(doc: AnalyzedDocument, canonical: string): string[] {
  return (doc.quotes ?? [])
    .filter((quote) => quote.speaker?.canonical === canonical)
    .map((quote) => quote.text)
}

function provenance(doc: AnalyzedDocument, role: string) {
  return (doc.provenance ?? []).filter((item) => item.role === role)
}

describe.skipIf(!hasSeeds)('seed 003: a translated, republished column', () => {
  let doc: AnalyzedDocument
  beforeAll(() => {
    doc = analyzeText(readSeed('003').text, 'seed-003.txt')
  })

  test('is French', () => {
    expect(doc.lang).toBe('fr')
    expect(doc.langConfidence).toBeGreaterThan(0.9)
  })

  test('credits the author, the original, the translator and the republisher', () => {
    expect(provenance(doc, 'author').map((item) => item.name)).toEqual(['Pepe Escobar'])
    expect(provenance(doc, 'original')).toMatchObject([
      { outlet: 'thecradle.co', url: 'https://thecradle.co' },
    ])
    expect(provenance(doc, 'translation')).toMatchObject([{ outlet: 'Réseau International' }])
    expect(provenance(doc, 'republication')).toMatchObject([{ outlet: 'Le Grand Soir' }])
    for (const item of doc.provenance ?? []) {
      expect(doc.text.slice(item.evidence!.start, item.evidence!.end)).toBe(item.evidence!.text)
    }
  })

  test('attributes the quotations to Tokayev, Putin and Karin, across sentences and paragraphs', () => {
    expect(quotesBy(doc, 'Kassym-Jomart Tokayev')).toEqual(
      expect.arrayContaining(['prendre le pouvoir', 'coordonnées depuis un centre unique']),
    )
    const putin = quotesBy(doc, 'Vladimir Putin')
    expect(putin).toContain('il était nécessaire de réagir sans délai')
    expect(putin).toContain('les technologies du Maïdan ont été utilisées')
    expect(putin.some((text) => text.startsWith('Les pays de l’OTSC ont montré'))).toBe(true)
    expect(quotesBy(doc, 'Erlan Karin')).toContain('attaque terroriste hybride')
    // "… mais une fois la mission accomplie, « bien sûr, … »": no verb of its own, still Putin speaking.
    expect(putin.some((text) => text.startsWith('bien sûr'))).toBe(true)
  })

  test('attributes the phrases quoted from the RAND report to the report, a document source', () => {
    const fromReport = (doc.quotes ?? []).filter((quote) =>
      quote.speaker?.canonical.includes('RAND Corporation'),
    )
    expect(fromReport.map((quote) => quote.text)).toEqual(
      expect.arrayContaining(['fournir une aide létale à l’Ukraine']),
    )
    expect(fromReport.length).toBeGreaterThanOrEqual(4)
    expect((doc.quotes ?? []).every((quote) => quote.speaker !== null)).toBe(true)
  })

  test('does not take scare quotes for quotations', () => {
    const texts = (doc.quotes ?? []).map((quote) => quote.text)
    for (const scare of ['stans', 'chanté', 'purs', 'volontairement', 'hommes barbus'])
      expect(texts).not.toContain(scare)
  })

  test('classifies the intelligence sources as anonymous and the report as a document', () => {
    const anonymous = (doc.sourcing ?? [])
      .filter((item) => item.kind === 'anonymous')
      .map((item) => item.text)
    expect(anonymous).toEqual(
      expect.arrayContaining([
        'une source de renseignements très haut placée en Asie centrale',
        'Les sources des services secrets kirghizes',
      ]),
    )
    const documents = (doc.sourcing ?? []).filter((item) => item.kind === 'document')
    expect(documents.some((item) => item.text.includes('RAND'))).toBe(true)
  })

  test('merges spellings of the same entity under one canonical name', () => {
    const canonical = (text: string) =>
      doc.entities?.find((entity) => entity.text === text)?.canonical
    expect(canonical('Tokaïev')).toBe('Kassym-Jomart Tokayev')
    expect(canonical('Kassym-Jomart Tokaïev')).toBe('Kassym-Jomart Tokayev')
    expect(canonical('OTSC')).toBe('Collective Security Treaty Organization')
    expect(canonical('OTAN')).toBe('NATO')
    expect(canonical('Poutine')).toBe('Vladimir Putin')
    expect(canonical('Patrouchev')).toBe('Nikolai Patrushev')
  })
})

describe.skipIf(!hasSeeds)('seed 000: a machine-translated, republished thread', () => {
  let doc: AnalyzedDocument
  beforeAll(() => {
    doc = analyzeText(readSeed('000').text, 'seed-000.txt')
  })

  test('credits the thread to Clint Ehrlich and dates the original 9 January 2022', () => {
    expect(provenance(doc, 'author').map((item) => item.name)).toEqual(['Clint Ehrlich'])
    expect(provenance(doc, 'original')).toMatchObject([
      { date: '2022-01-09', dateText: '09/01/22' },
    ])
  })

  test('attributes quotations by name, by pronoun and across paragraphs', () => {
    expect(quotesBy(doc, 'Clint Ehrlich').length).toBeGreaterThanOrEqual(3)
    expect(
      quotesBy(doc, 'Allen Weinstein').some((text) => text.startsWith('Une grande partie')),
    ).toBe(true)
    expect(quotesBy(doc, 'Carl Gershman').length).toBe(1)
    const ministry = quotesBy(doc, 'Russian Ministry of Foreign Affairs')
    expect(ministry.some((text) => text.startsWith('une tentative de porter atteinte'))).toBe(true)
    expect(
      quotesBy(doc, 'Dzmitry Halko').some((text) =>
        text.startsWith('Tous ceux qui me connaissent'),
      ),
    ).toBe(true)
  })

  test('sees the ministry as an organization source', () => {
    const organizations = (doc.sourcing ?? []).filter((item) => item.kind === 'organization')
    expect(organizations.map((item) => item.canonical)).toContain(
      'Russian Ministry of Foreign Affairs',
    )
  })

  test('merges Tokayev, OTSC and OTAN with their other spellings', () => {
    const canonical = (text: string) =>
      doc.entities?.find((entity) => entity.text === text)?.canonical
    expect(canonical('Tokayev')).toBe('Kassym-Jomart Tokayev')
    expect(canonical('OTSC')).toBe('Collective Security Treaty Organization')
    expect(canonical('Ehrlich')).toBe('Clint Ehrlich')
  })
})
