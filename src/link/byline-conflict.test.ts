import { expect, test } from 'vitest'
import { ORIGINAL, TRANSLATION } from '../../test/link/support/harbour-corpus.ts'
import { linkDocuments } from './link-documents.ts'
import type { LinkableDocument } from './linkable-document.ts'

function signed(id: string, lang: string, paragraphs: readonly string[], byline: string) {
  const doc: LinkableDocument = {
    id,
    lang,
    title: paragraphs[0]!,
    text: paragraphs.join('\n\n'),
    source: { input: id, format: 'text', byline },
  }
  return doc
}

const relationOf = (docs: LinkableDocument[]) => {
  const result = linkDocuments(docs)
  const edge = result.edges.find((item) => [item.from, item.to].sort().join() === 'a,b')
  return {
    kind: edge?.kind,
    conflict: edge?.evidence.measures.bylineConflict,
    summary: edge?.evidence.summary,
    stories: result.stories,
  }
}

test('two pieces with the same facts in the same order, signed by different people, are not versions', () => {
  const { kind, conflict, summary, stories } = relationOf([
    signed('a', 'en', ORIGINAL, 'Tomas Verhoeven'),
    signed('b', 'fr', TRANSLATION, 'Lucien Dabrowski'),
  ])
  expect(kind).toBe('same-event')
  expect(conflict).toBe(1)
  expect(summary).toContain('signed by different people: Tomas Verhoeven and Lucien Dabrowski')
  expect(stories).toHaveLength(0)
})

test('the same signature in another script or spelling keeps the translation', () => {
  expect(
    relationOf([
      signed('a', 'en', ORIGINAL, 'Tomas Verhoeven'),
      signed('b', 'fr', TRANSLATION, 'Tomas Verhoven'),
    ]).kind,
  ).toBe('translation')
})

test("a translator's signature keeps the link when the text credits the original's author", () => {
  const credited = [...TRANSLATION, "Traduction d'un article de Tomas Verhoeven."]
  expect(
    relationOf([
      signed('a', 'en', ORIGINAL, 'Tomas Verhoeven'),
      signed('b', 'fr', credited, 'Lucien Dabrowski'),
    ]).kind,
  ).toBe('translation')
})

test('a staff credit is no signature', () => {
  expect(
    relationOf([
      signed('a', 'en', ORIGINAL, 'Tomas Verhoeven'),
      signed('b', 'fr', TRANSLATION, 'la rédaction'),
    ]).kind,
  ).toBe('translation')
})
