import { describe, expect, test } from 'vitest'
import { findAnchors } from './find-anchors.ts'
import type { LinkableDocument } from './linkable-document.ts'

function doc(text: string, lang: string): LinkableDocument {
  return { id: 'test', title: null, lang, text, source: { input: 'test', format: 'text' } }
}

const keys = (text: string, lang: string) =>
  findAnchors(doc(text, lang)).map((anchor) => anchor.key)

describe('dates and figures mean the same in every language', () => {
  test.each([
    ['en', 'Troops landed on March 8 and 3,000 stayed.'],
    ['fr', 'Les troupes ont atterri le 8 mars et 3 000 sont restées.'],
    ['de', 'Die Truppen landeten am 8. März und 3.000 blieben.'],
    ['it', 'Le truppe sono atterrate l’8 marzo e 3.000 sono rimaste.'],
  ])('%s: %s', (lang, text) => {
    const figures = findAnchors(doc(text, lang)).filter((anchor) => anchor.kind !== 'name')
    expect(figures.map((anchor) => anchor.key)).toEqual(['D3-8', '#3000'])
  })

  test.each([
    ['en', 'The fund spent more than a million dollars and 1.5 billion more on 19 million people.'],
    [
      'fr',
      'Le fonds a dépensé plus d’un million de dollars et 1,5 milliard de plus pour 19 millions de personnes.',
    ],
    [
      'de',
      'Der Fonds gab mehr als eine Million Dollar aus und 1,5 Mrd. mehr für 19 Millionen Menschen.',
    ],
    ['ru', 'Фонд потратил более одного миллиона долларов и ещё 1,5 млрд на 19 миллионов человек.'],
  ])(
    '%s: figures before a magnitude word, in digits or words, keyed by their digits',
    (lang, text) => {
      const figures = findAnchors(doc(text, lang)).filter((anchor) => anchor.kind === 'figure')
      expect(figures.map((anchor) => anchor.key)).toEqual(['#1', '#1.5', '#19'])
    },
  )

  test('a number word without a magnitude is no figure', () => {
    expect(keys('Un homme et deux femmes ont vu des millions de gens.', 'fr')).toEqual([])
  })

  test('ordinal days and numeric dates', () => {
    expect(keys('Le 1er mars, puis le 11/03/25.', 'fr')).toEqual(['D3-1', 'D3-11'])
    expect(keys('Then on 03/11/25.', 'en')).toEqual(['D3-11'])
  })

  test('years, small numbers and URLs', () => {
    expect(
      keys('In 2016 some 14 people read https://www.example.org/a/b/ and 5 left.', 'en'),
    ).toEqual(['Y2016', '#14', 'Uexample.org/a/b'])
  })
})

describe('names', () => {
  test('capitalised words inside sentences are names; sentence openers and titles are not', () => {
    const anchors = findAnchors(
      doc('The president said Temirov was right. Nobody in Miraz agreed.', 'en'),
    )
    expect(anchors.map((anchor) => anchor.text)).toEqual(['Temirov', 'Miraz'])
  })

  test('a sentence opener that is a name elsewhere counts', () => {
    const anchors = findAnchors(doc('Temirov spoke. Later, Temirov left.', 'en'))
    expect(anchors.map((anchor) => anchor.text)).toEqual(['Temirov', 'Temirov'])
  })

  test('tag lists and menus, repeated by a site under every article, give no anchors', () => {
    const text =
      'Troops landed in Miraz on Monday.\n\nPolitics World Europe Karvenia Borovia Temirov Miraz Dostal'
    expect(findAnchors(doc(text, 'en')).map((anchor) => anchor.text)).toEqual(['Miraz'])
  })

  test('a name after an elided article is an anchor; a capital before the apostrophe is a name of its own', () => {
    const text = 'Les alliés de l’Ukraine et d’Israël ont parlé avec O’Brien hier soir.'
    const anchors = findAnchors(doc(text, 'fr'))
    expect(anchors.map((anchor) => [anchor.text, anchor.start])).toEqual(
      ['Ukraine', 'Israël', 'O’Brien'].map((name) => [name, text.indexOf(name)]),
    )
  })

  test('paragraph indexes follow the text', () => {
    const anchors = findAnchors(doc('All is calm in Miraz.\n\nIt is not in Dostal.', 'en'))
    expect(anchors.map((anchor) => anchor.paragraph)).toEqual([0, 1])
  })
})

// The anchor keys of a text in which the alias data matched `name` to `canonical`.
function keysWithAlias(text: string, lang: string, name: string, canonical: string): string[] {
  const start = text.indexOf(name)
  const entity = {
    start,
    end: start + name.length,
    text: name,
    label: 'LOC',
    canonical,
    confidence: 0.95,
    method: 'alias',
  } as const
  return findAnchors({ ...doc(text, lang), entities: [entity] }).map((anchor) => anchor.key)
}

describe('names the alias data knows', () => {
  test.each([
    ['en', 'Russia', 'Troops from Russia landed on Monday.'],
    ['fr', 'Russie', 'Les troupes de la Russie ont atterri lundi.'],
    ['de', 'Russland', 'Truppen aus Russland landeten am Montag.'],
    ['ru', 'Россия', 'Войска, которые прислала Россия, высадились в понедельник.'],
  ])('%s: a name too short for a skeleton gets its canonical key (%s)', (lang, name, text) => {
    expect(keysWithAlias(text, lang, name, 'Russia')).toContain('Erussia')
  })

  test('a short word of a longer canonical name does not join two names (European and Soviet Union)', () => {
    const european = keysWithAlias('Une réunion avec l’UE hier soir.', 'fr', 'UE', 'European Union')
    const soviet = keysWithAlias('Une réunion avec l’URSS hier soir.', 'fr', 'URSS', 'Soviet Union')
    expect(european).toContain('Eeuropean union')
    expect(european.filter((key) => soviet.includes(key))).toEqual([])
  })
})
