import { describe, expect, test } from 'vitest'
import { linkDocuments } from './link-documents.ts'
import type { LinkableDocument } from './linkable-document.ts'

// A tiny corpus written for this test: an English report, its French translation, an English copy with a
// newsletter footer, its first two paragraphs as a teaser, and an independent German report on the same event.
const ORIGINAL = [
  'Harbour strike in Velmora enters its ninth day',
  'The dockers of Velmora stopped work on 3 April, when the Kessling Port Authority cut night shifts by 1,250 hours a month.',
  'By 11 April some 4,800 containers were waiting at the Ostrand terminal, according to the union leader Maren Holt.',
  'The Authority said on 9 April that the cuts would save 7.5 million euros in 2025 and blamed the Dravik shipping group.',
  'Holt replied that 312 families depended on night work and called a march to the Velmora town hall for 14 April.',
  'Talks chaired by the mediator Ilse Brandvik are due to resume on 16 April in Kessling.',
]
const TRANSLATION = [
  'La grève du port de Velmora entre dans son neuvième jour',
  'Les dockers de Velmora ont cessé le travail le 3 avril, lorsque l’Autorité portuaire de Kessling a réduit les équipes de nuit de 1 250 heures par mois.',
  'Le 11 avril, quelque 4 800 conteneurs attendaient au terminal d’Ostrand, selon la dirigeante syndicale Maren Holt.',
  'L’Autorité a déclaré le 9 avril que les réductions permettraient d’économiser 7,5 millions d’euros en 2025 et a accusé le groupe maritime Dravik.',
  'Holt a répondu que 312 familles dépendaient du travail de nuit et a appelé à une marche vers la mairie de Velmora le 14 avril.',
  'Les négociations présidées par la médiatrice Ilse Brandvik doivent reprendre le 16 avril à Kessling.',
]
const SAME_EVENT = [
  'Hafenstreik in Velmora: Gewerkschaft ruft zum Marsch',
  'In Velmora haben Hafenarbeiter einen Marsch zum Rathaus angekündigt. Gewerkschaftschefin Maren Holt sprach am Freitag von einem Kampf um jede Familie.',
  'Die Kessling Port Authority verweist auf Kosten. Der Terminal Ostrand ist nach Angaben von Reedern überlastet.',
  'Die Vermittlerin Ilse Brandvik soll die Gespräche leiten. Ein Termin steht noch nicht fest.',
]

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
