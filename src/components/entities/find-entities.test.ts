import { describe, expect, test } from 'vitest'
import { analyzeText } from '../../../test/support/analyze-text.ts'

function canonicalOf(text: string, mention: string, input = 'x.txt'): string | undefined {
  return analyzeText(text, input).entities?.find((entity) => entity.text === mention)?.canonical
}

describe('entity canonical names', () => {
  test.each([
    [
      'Le président Tokaïev a demandé l’aide de ses alliés pendant la crise.',
      'Tokaïev',
      'Kassym-Jomart Tokayev',
    ],
    [
      'President Tokayev asked his allies for help during the unrest.',
      'Tokayev',
      'Kassym-Jomart Tokayev',
    ],
    [
      'Президент Токаев попросил союзников о помощи во время беспорядков в стране.',
      'Токаев',
      'Kassym-Jomart Tokayev',
    ],
    [
      'Les troupes de l’OTSC sont arrivées à Almaty jeudi matin.',
      'OTSC',
      'Collective Security Treaty Organization',
    ],
    [
      'CSTO troops arrived in Almaty on Thursday morning.',
      'CSTO',
      'Collective Security Treaty Organization',
    ],
    [
      'Войска ОДКБ прибыли в Алматы в четверг утром.',
      'ОДКБ',
      'Collective Security Treaty Organization',
    ],
    ['Le Kremlin accuse l’OTAN de vouloir encercler la Russie.', 'OTAN', 'NATO'],
    [
      'Selon Poutine, la mission sera courte et limitée dans le temps.',
      'Poutine',
      'Vladimir Putin',
    ],
  ])('%s', (text, mention, canonical) => {
    expect(canonicalOf(text, mention)).toBe(canonical)
  })

  test('an unknown person keeps a stable canonical name, shared by the surname alone', () => {
    const doc = analyzeText(
      'La commentatrice Lena Korvath a publié un long fil. Selon Korvath, la crise est grave.',
    )
    const mentions = doc.entities
      ?.filter((entity) => entity.canonical === 'Lena Korvath')
      .map((entity) => entity.text)
    expect(mentions).toEqual(['Lena Korvath', 'Korvath'])
    expect(doc.entities?.find((entity) => entity.text === 'Lena Korvath')?.label).toBe('PER')
  })

  test('sentence-initial function words and common nouns are not entities', () => {
    const doc = analyzeText(
      'Mais le gouvernement a tenu bon. Pourtant la Sécurité nationale et la sécurité des citoyens restent fragiles.',
    )
    const texts = doc.entities?.map((entity) => entity.text) ?? []
    expect(texts).not.toContain('Mais')
    expect(texts).not.toContain('Pourtant')
    expect(texts).not.toContain('Sécurité')
  })

  test('every entity span matches the text it claims', () => {
    const doc = analyzeText(
      'L’OTAN-Russie : Vladimir Poutine, Joe Biden et l’ONU à Genève, le 10 janvier.',
    )
    for (const entity of doc.entities ?? [])
      expect(doc.text.slice(entity.start, entity.end)).toBe(entity.text)
    expect(doc.entities?.map((entity) => entity.canonical)).toEqual(
      expect.arrayContaining(['Vladimir Putin', 'Joe Biden', 'United Nations', 'Geneva']),
    )
  })
})

describe('names found by the learned model', () => {
  test.each([
    [
      'fr',
      'Dans ce centre, 22 Étatsuniens, 16 Turcs et 6 Israéliens coordonnaient des groupes armés venus de Syrie.',
    ],
    [
      'fr',
      'Les analystes voient ici la main de l’État profond et de ses relais à Washington et à Londres.',
    ],
    [
      'en',
      'In that room, 22 Americans and 6 Israelis coordinated armed groups brought in from Syria last week.',
    ],
  ])(
    '%s: no name starts with a count or is a word written with a capital by convention',
    (lang, text) => {
      const doc = analyzeText(text, `${lang}.txt`)
      for (const entity of doc.entities ?? []) {
        expect(entity.text).not.toMatch(/^\p{N}/u)
        expect(entity.text).not.toBe('État')
      }
    },
  )
})

describe('peoples named by their demonym', () => {
  test.each([
    [
      'Dans ce centre, 22 Étatsuniens, 16 Turcs et 6 Israéliens coordonnaient des groupes armés venus de Syrie.',
      [
        ['Étatsuniens', 'Americans'],
        ['Turcs', 'Turks'],
        ['Israéliens', 'Israelis'],
      ],
    ],
    [
      'Les Russes ne voient pas les choses de cette façon, et les Biélorusses non plus.',
      [
        ['Russes', 'Russians'],
        ['Biélorusses', 'Belarusians'],
      ],
    ],
    [
      'In that room, 22 Americans and 6 Israelis coordinated armed groups brought in from Syria last week.',
      [
        ['Americans', 'Americans'],
        ['Israelis', 'Israelis'],
      ],
    ],
  ])('%s', (text, expected) => {
    const peoples = (analyzeText(text).entities ?? [])
      .filter((entity) => entity.label === 'MISC')
      .map((entity) => [entity.text, entity.canonical])
    expect(peoples).toEqual(expected)
  })

  test('an English adjective of nationality still starts the name of an organisation', () => {
    const doc = analyzeText(
      'The Russian Foreign Ministry said on Monday that the talks in Geneva had failed again.',
      'en.txt',
    )
    expect(
      doc.entities?.some((entity) => entity.label === 'MISC' && entity.text === 'Russian'),
    ).toBe(false)
    expect(doc.entities?.find((entity) => entity.text.startsWith('Russian'))?.label).toBe('ORG')
  })
})

describe('ministries and counts around learned names', () => {
  const entities = (text: string) =>
    (analyzeText(text, 'fr.txt').entities ?? []).map((entity) => [entity.label, entity.text])

  test.each([
    [
      'Selon le ministère de la Santé, au moins 38 personnes ont trouvé la mort à Almaty.',
      ['ORG', 'ministère de la Santé'],
    ],
    [
      'Le ministère russe de la Défense a publié un communiqué sur la situation à Almaty.',
      ['ORG', 'ministère russe de la Défense'],
    ],
    [
      'Le ministère des Affaires étrangères a convoqué l’ambassadeur dans la soirée.',
      ['ORG', 'ministère des Affaires étrangères'],
    ],
  ])('a ministry named by its portfolio is one organisation: %s', (text, expected) => {
    expect(entities(text)).toContainEqual(expected)
    // The portfolio is no place of its own.
    expect(entities(text).some(([label, name]) => label === 'LOC' && name !== 'Almaty')).toBe(false)
  })

  test('an organisation’s name cut by the model at its connector is one name', () => {
    const found = analyzeText(
      'The group receives funding from the Atlantic Endowment for Civic Freedom, a foundation based in Dostal.',
      'en.txt',
    ).entities?.map((entity) => [entity.label, entity.text])
    expect(found).toContainEqual(['ORG', 'Atlantic Endowment for Civic Freedom'])
  })

  test('a portfolio after a minister’s title is no entity', () => {
    const found = entities(
      'Un ancien ministre de l’Intérieur et de la sécurité de l’État a été arrêté à Almaty.',
    )
    expect(found.some(([, name]) => name === 'Intérieur')).toBe(false)
  })

  test('after a bare preposition, or another head, the learned name stands', () => {
    expect(
      entities('Le gouvernement de Dostal a démenti toute implication dans les violences.'),
    ).toContainEqual(['LOC', 'Dostal'])
  })

  test('a count after a sign is not part of the name; a number inside one is', () => {
    const found = entities(
      '10/ Les chiffres du ministère de la Santé : 38 morts, dont 9 membres des forces de sécurité, et plus de 1 100 blessés.',
    )
    expect(found).toContainEqual(['ORG', 'ministère de la Santé'])
    expect(found.some(([, name]) => name?.includes('38'))).toBe(false)
    const road = analyzeText(
      'Police closed Route 91 after the shooting near the hotel in Las Vegas on Sunday night.',
      'en.txt',
    ).entities
    expect(road?.map((entity) => entity.text)).toContain('Route 91')
  })
})

describe('declined names (Russian)', () => {
  test('a declined name matches its alias in any case, and a title reaches past a country in the genitive', () => {
    const entities = analyzeText(
      'Противники Токаева вышли на улицы Алматы. Путин позвонил Токаеву из России. Министр иностранных дел Украины Дмитрий Кулеба ответил.',
      'ru.txt',
    ).entities?.map((entity) => [entity.label, entity.text, entity.canonical])
    expect(entities).toEqual(
      expect.arrayContaining([
        ['PER', 'Токаева', 'Kassym-Jomart Tokayev'],
        ['PER', 'Токаеву', 'Kassym-Jomart Tokayev'],
        ['LOC', 'России', 'Russia'],
        ['LOC', 'Украины', 'Ukraine'],
        ['PER', 'Дмитрий Кулеба', 'Dmitriy Kuleba'],
      ]),
    )
  })

  test('one-word names in several cases share a canonical name, a surname its person’s', () => {
    const entities = analyzeText(
      'Вчера Боровия закрыла границу, заявила официальный представитель МИД Вера Солнцева. По словам Солнцевой, власти Боровии готовы к переговорам.',
      'ru.txt',
    ).entities?.map((entity) => [entity.text, entity.canonical])
    expect(entities).toEqual(
      expect.arrayContaining([
        ['Боровии', 'Boroviya'],
        ['Вера Солнцева', 'Vera Solntseva'],
        ['Солнцевой', 'Vera Solntseva'],
      ]),
    )
  })

  test.each([
    [
      'fr.txt',
      'Les émeutes ont commencé à Janaozen, dans la région de Manguistaou, et le Premier ministre Askar Mamine a démissionné.',
    ],
    [
      'ru.txt',
      'Протесты начались в Жанаозене в Мангистауской области, и премьер Аскар Мамин ушёл в отставку.',
    ],
    [
      'en.txt',
      'Protests began in Zhanaozen in the Mangystau region, and Prime Minister Askar Mamin resigned.',
    ],
  ])(
    '%s: the places and people of the Kazakh unrest have one name in every language',
    (input, text) => {
      const canonicals = analyzeText(text, input).entities?.map((entity) => entity.canonical)
      expect(canonicals).toEqual(expect.arrayContaining(['Zhanaozen', 'Mangystau', 'Askar Mamin']))
    },
  )

  test('a language that does not decline names matches aliases as written only', () => {
    const entities = analyzeText(
      'Les opposants de Tokaïeva sont sortis à Almaty.',
      'fr.txt',
    ).entities
    expect(entities?.some((entity) => entity.canonical === 'Kassym-Jomart Tokayev')).toBe(false)
  })
})
