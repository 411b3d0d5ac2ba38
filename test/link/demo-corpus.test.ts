import { beforeAll, describe, expect, test } from 'vitest'
import { analyzeArticle } from '../../src/analyze/analyze-article.ts'
import type { AnalyzedDocument } from '../../src/contracts/document.ts'
import { type LinkResult, LinkResultSchema } from '../../src/contracts/link.ts'
import { readInputs } from '../../src/ingest/read-input.ts'
import { LINK_COMPONENTS } from '../../src/link/link-components.ts'
import { linkDocuments } from '../../src/link/link-documents.ts'
import { createPipeline } from '../../src/pipeline/create-pipeline.ts'

const EXAMPLES = new URL('../../examples/', import.meta.url).pathname
const COLUMN = 'en-northpost-column-colour-revolution.md'
const FEED_TEASER = 'en-feed.xml[0]'
const RESEAU_VEILLE = 'fr-reseau-veille-traduction.txt'
const LE_PHARE = 'fr-le-phare-republication.html'
const GERMAN = 'de-translation.txt'
const ITALIAN = 'it-translation.txt'
const EXCERPT = 'fr-excerpt.txt'
const SAME_EVENT = [
  'en-wire-report.txt',
  'fr-depeche-agence.txt',
  'fr-fil-traduit-republie.txt',
  'mixed.jsonl:1',
  'mixed.jsonl:2',
  'mixed.jsonl:4',
]
const UNRELATED = ['en-feed.xml[1]', 'en-feed.xml[2]', 'mixed.jsonl:3']

let documents: AnalyzedDocument[]
let result: LinkResult
const idOf = (input: string) => {
  const doc = documents.find((item) => item.source.input.endsWith(input))
  if (!doc) throw new Error(`no document read from ${input}`)
  return doc.id
}

beforeAll(async () => {
  const pipeline = createPipeline(LINK_COMPONENTS, { onError: 'throw' })
  documents = []
  for await (const item of readInputs([EXAMPLES])) {
    if (item.ok) documents.push(analyzeArticle(item.article, pipeline))
  }
  result = linkDocuments(documents)
})

describe('issue #5: the demo corpus links into one story', () => {
  test('the result matches its contract', () => {
    expect(() => LinkResultSchema.parse(result)).not.toThrow()
  })

  test('one story holds the column and its six other versions, nothing else', () => {
    expect(result.stories).toHaveLength(1)
    const members = result.stories[0]!.members.map((member) => member.id).sort()
    const expected = [COLUMN, FEED_TEASER, RESEAU_VEILLE, LE_PHARE, GERMAN, ITALIAN, EXCERPT]
    expect(members).toEqual(expected.map(idOf).sort())
    expect(result.stories[0]!.languages).toEqual(['de', 'en', 'fr', 'it'])
  })

  test('the English column is the original, named by the credits of the translations', () => {
    const story = result.stories[0]!
    expect(story.original).toBe(idOf(COLUMN))
    expect(story.originalBy).toBe('credit')
    expect(story.members[0]).toMatchObject({
      id: idOf(COLUMN),
      relation: 'original',
      derivedFrom: null,
    })
  })

  test.each([
    [FEED_TEASER, 'excerpt', COLUMN, 'excerpt', null],
    [RESEAU_VEILLE, 'translation', COLUMN, 'translation', 'Réseau Veille'],
    [GERMAN, 'translation', COLUMN, 'translation', 'Weltblick Dossier'],
    [ITALIAN, 'translation', COLUMN, 'translation', 'Osservatorio Multipolare'],
    [LE_PHARE, 'translation', RESEAU_VEILLE, 'republication', 'Réseau Veille'],
    [EXCERPT, 'excerpt', RESEAU_VEILLE, 'excerpt', null],
  ])(
    '%s is a %s of the original, made from %s (%s), translated by %s',
    (input, relation, parent, parentRelation, translator) => {
      const member = result.stories[0]!.members.find((item) => item.id === idOf(input))
      expect(member).toMatchObject({
        relation,
        derivedFrom: { id: idOf(parent), relation: parentRelation },
        translator,
      })
    },
  )

  test('members are in time order, original first, with their publishers', () => {
    const members = result.stories[0]!.members
    const dates = members.map((member) => member.published)
    expect(dates).toEqual([...dates].sort())
    expect(dates[0]).toBe('2025-03-10')
    const outlets = Object.fromEntries(members.map((member) => [member.id, member.outlet]))
    expect(outlets[idOf(COLUMN)]).toBe('The North Post')
    expect(outlets[idOf(LE_PHARE)]).toBe('Le Phare Libre')
    expect(outlets[idOf(EXCERPT)]).toBe('L’Écho des Nations')
  })

  test('the excerpt and the teaser carry a small share of the original, translations nearly all of it', () => {
    const coverage = Object.fromEntries(
      result.stories[0]!.members.map((member) => [member.id, member.coverage]),
    )
    expect(coverage[idOf(EXCERPT)]).toBeLessThan(0.5)
    expect(coverage[idOf(FEED_TEASER)]).toBeLessThan(0.5)
    for (const input of [RESEAU_VEILLE, GERMAN, ITALIAN, LE_PHARE])
      expect(coverage[idOf(input)]).toBeGreaterThan(0.8)
  })

  test.each(SAME_EVENT)('%s reports the same event but is no version of the column', (input) => {
    expect(result.documents.find((doc) => doc.id === idOf(input))?.story).toBeNull()
    const versionEdges = result.edges.filter(
      (edge) =>
        ['republication', 'translation', 'excerpt'].includes(edge.kind) &&
        (edge.from === idOf(input) || edge.to === idOf(input)),
    )
    expect(versionEdges).toEqual([])
  })

  test.each(UNRELATED)('%s is unrelated: no story, no version link', (input) => {
    expect(result.documents.find((doc) => doc.id === idOf(input))?.story).toBeNull()
  })

  test('the independent wire and agency reports are linked as the same event, not as versions', () => {
    const wire = idOf('en-wire-report.txt')
    const agency = idOf('fr-depeche-agence.txt')
    const between = result.edges.filter(
      (edge) => [edge.from, edge.to].includes(wire) && [edge.from, edge.to].includes(agency),
    )
    expect(between.map((edge) => edge.kind)).toContain('same-event')
    expect(between.map((edge) => edge.kind)).not.toContain('translation')
  })

  test('version edges point from the original to its translations, with their evidence', () => {
    const edge = result.edges.find((item) => item.from === idOf(COLUMN) && item.to === idOf(GERMAN))
    expect(edge).toMatchObject({ kind: 'translation', evidence: { method: 'anchors' } })
    expect(edge!.evidence.measures.paragraphAgreement).toBeGreaterThan(0.8)
    expect(edge!.evidence.shared.length).toBeGreaterThan(0)
  })

  test('the provenance graph joins credits to documents: translators, original, republisher', () => {
    const { nodes, edges } = result.provenance
    const has = (from: string, role: string, to: string) =>
      edges.some((edge) => edge.from === from && edge.role === role && edge.to === to)
    expect(has(idOf(GERMAN), 'credits-original', idOf(COLUMN))).toBe(true)
    expect(has('outlet:weltblickdossier', 'translated', idOf(GERMAN))).toBe(true)
    expect(has(idOf(LE_PHARE), 'republished-from', 'outlet:reseauveille')).toBe(true)
    expect(has(idOf(RESEAU_VEILLE), 'republication', idOf(LE_PHARE))).toBe(true)
    expect(has(idOf(COLUMN), 'translation', idOf(ITALIAN))).toBe(true)
    expect(nodes.find((node) => node.id === 'outlet:northpost')?.inCorpus).toBe(true)
  })
})

describe('linking does not depend on credits or whole texts', () => {
  test('without any credits or metadata, the same seven documents form the story', () => {
    const bare = documents.map((doc) => ({
      ...doc,
      provenance: [],
      source: { input: doc.source.input, format: doc.source.format },
    }))
    const story = linkDocuments(bare).stories
    expect(story).toHaveLength(1)
    expect(story[0]!.members.map((member) => member.id).sort()).toEqual(
      result.stories[0]!.members.map((member) => member.id).sort(),
    )
  })

  test('the first third of the German translation still links to the story, as an excerpt', () => {
    const german = documents.find((doc) => doc.id === idOf(GERMAN))!
    const cut = german.paragraphs![6]!.end
    const partial: AnalyzedDocument = {
      ...german,
      id: 'partial-german',
      text: german.text.slice(0, cut),
      paragraphs: german.paragraphs!.slice(0, 7),
      provenance: [],
    }
    const linked = linkDocuments([...documents, partial])
    const member = linked.stories[0]!.members.find((item) => item.id === 'partial-german')
    expect(member?.relation).toBe('excerpt')
  })
})
