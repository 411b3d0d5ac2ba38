import { describe, expect, test } from 'vitest'
import { ORIGINAL, SAME_EVENT, TRANSLATION } from '../../test/link/support/harbour-corpus.ts'
import { linkDocuments } from './link-documents.ts'
import type { LinkableDocument } from './linkable-document.ts'

function doc(
  id: string,
  lang: string,
  paragraphs: readonly string[],
  published?: string,
): LinkableDocument {
  return {
    id,
    lang,
    title: paragraphs[0]!,
    text: paragraphs.join('\n\n'),
    source: { input: id, format: 'text', ...(published ? { published } : {}) },
  }
}

const corpus = [
  doc(
    'copy',
    'en',
    [...ORIGINAL, 'Sign up to our newsletter for more harbour news.'],
    '2025-04-12',
  ),
  doc('original', 'en', ORIGINAL, '2025-04-11'),
  doc('translation', 'fr', TRANSLATION, '2025-04-12'),
  doc('teaser', 'en', ORIGINAL.slice(0, 3), '2025-04-11'),
  doc('report', 'de', SAME_EVENT, '2025-04-12'),
]

describe('linkDocuments on a corpus written for the test', () => {
  const result = linkDocuments(corpus)

  test('the versions form one story; the independent report stays out', () => {
    expect(result.stories).toHaveLength(1)
    const members = result.stories[0]!.members.map((member) => member.id).sort()
    expect(members).toEqual(['copy', 'original', 'teaser', 'translation'])
    expect(result.documents.find((item) => item.id === 'report')?.story).toBeNull()
  })

  test('without credits, the earliest and fullest version is the original', () => {
    expect(result.stories[0]).toMatchObject({ original: 'original', originalBy: 'date' })
  })

  test.each([
    ['copy', 'republication'],
    ['translation', 'translation'],
    ['teaser', 'excerpt'],
  ])('%s is a %s of the original', (id, relation) => {
    const member = result.stories[0]!.members.find((item) => item.id === id)
    expect(member).toMatchObject({ relation, derivedFrom: { id: 'original', relation } })
  })

  test('the translation is found by figures, dates and names in the same order', () => {
    const edge = result.edges.find((item) => item.to === 'translation' && item.from === 'original')
    expect(edge?.evidence.method).toBe('anchors')
    expect(edge?.evidence.shared).toEqual(expect.arrayContaining(['Velmora', 'Kessling']))
    expect(edge?.evidence.measures.orderedCoverage).toBeGreaterThan(0.8)
  })

  test('the report shares names but not their order or figures: a same-event link', () => {
    const kinds = result.edges
      .filter((edge) => edge.from === 'report' || edge.to === 'report')
      .map((edge) => edge.kind)
    expect(kinds).not.toContain('translation')
  })
})

test('a document that links to the URL of another quotes it', () => {
  const cited = {
    ...doc('cited', 'en', ORIGINAL, '2025-04-11'),
    source: { input: 'cited', format: 'text' as const, url: 'https://velmora-news.example/strike' },
  }
  const citing = doc('citing', 'en', [
    'Dockers march in Velmora',
    'As https://velmora-news.example/strike/ reported, the strike goes on.',
  ])
  const quotes = linkDocuments([cited, citing]).edges.filter((edge) => edge.kind === 'quotes')
  expect(quotes).toMatchObject([{ from: 'cited', to: 'citing', evidence: { method: 'quote' } }])
})

test('a translation that lost its paragraph breaks still links, by the proportions between its anchors', () => {
  const blob = { ...doc('blob', 'fr', TRANSLATION), text: TRANSLATION.join(' ') }
  const result = linkDocuments([doc('original', 'en', ORIGINAL, '2025-04-11'), blob])
  const edge = result.edges.find((item) => item.kind === 'translation')
  expect(edge).toMatchObject({ from: 'original', to: 'blob' })
  expect(edge?.evidence.measures.gapConsistency).toBeGreaterThan(0.8)
})
