import { describe, expect, test } from 'vitest'
import { analyzeText } from '../../../test/support/analyze-text.ts'

describe('direct quotes', () => {
  test.each([
    [
      'en',
      'The crisis deepened on Monday. “We will not resign under pressure from the street,” President Arslan Temirov said.',
      'Arslan Temirov',
      'We will not resign under pressure from the street,',
    ],
    [
      'de',
      'Die Lage blieb am Montag angespannt. „Wir treten nicht zurück, solange das Land brennt“, sagte Präsident Arslan Temirow.',
      'Arslan Temirow',
      'Wir treten nicht zurück, solange das Land brennt',
    ],
    [
      'fr',
      'La crise s’est aggravée lundi. « Nous ne démissionnerons pas sous la pression de la rue », a déclaré le président Arslan Témirov.',
      'Arslan Témirov',
      'Nous ne démissionnerons pas sous la pression de la rue',
    ],
    [
      'fr',
      'Le ministre Paul Durand a déclaré : « Nous ne reculerons devant aucune menace extérieure. »',
      'Paul Durand',
      'Nous ne reculerons devant aucune menace extérieure.',
    ],
  ])('%s: attributes a direct quote to its speaker', (lang, text, speaker, quoted) => {
    const doc = analyzeText(text, `${lang}.txt`)
    expect(doc.lang).toBe(lang)
    const quote = doc.quotes?.find((item) => item.kind === 'direct')
    expect(quote?.text).toBe(quoted)
    expect(quote?.speaker?.text).toBe(speaker)
    expect(doc.text.slice(quote!.start, quote!.end)).toBe(quote!.text)
  })

  test('a speaker introduced by a colon carries over to the quotes of the next sentences', () => {
    const text =
      'Le président Arslan Témirov est allé plus loin : les émeutiers étaient « coordonnés depuis un centre unique ». ' +
      'Les actions visaient à « prendre le pouvoir par la force ».'
    const doc = analyzeText(text)
    expect(
      doc.quotes?.map((quote) => [quote.text, quote.speaker?.text, quote.speaker?.resolution]),
    ).toEqual([
      ['coordonnés depuis un centre unique', 'Arslan Témirov', 'same-sentence'],
      ['prendre le pouvoir par la force', 'Arslan Témirov', 'previous-sentence'],
    ])
  })

  test('a sentence with no reporting verb that quotes a whole clause goes on with the speech reported', () => {
    const text =
      'Défendant le déploiement, le président Arslan Témirov a déclaré : « il fallait agir sans attendre ». ' +
      'La mission restera sur place « le temps nécessaire », mais ensuite « bien sûr, tous les soldats rentreront au pays ».'
    const doc = analyzeText(text)
    const quote = doc.quotes?.find((item) => item.text.startsWith('bien sûr'))
    expect(quote?.speaker).toMatchObject({
      canonical: 'Arslan Témirov',
      resolution: 'previous-sentence',
    })
  })

  test('a new subject with its own reporting verb is not the previous speaker', () => {
    const text =
      'Le président Arslan Témirov a déclaré : « il fallait agir sans attendre ». ' +
      'Les Nations unies ont réclamé une enquête « approfondie, indépendante et publique sur chaque décès ».'
    const doc = analyzeText(text)
    const quote = doc.quotes?.find((item) => item.text.startsWith('approfondie'))
    expect(quote?.speaker?.canonical).not.toBe('Arslan Témirov')
  })

  test.each([
    [
      'fr',
      'La stratégie figure dans un rapport de 2021 de la fondation Halvorsen, « Pressure Points ». ' +
        'Le chapitre 3 détaille tout, de « financer les médias de l’opposition » à « former des militants en ligne ».',
      'rapport de 2021 de la fondation Halvorsen',
    ],
    [
      'en',
      'The plan is set out in a 2021 report by the Halvorsen Institute, “Pressure Points”. ' +
        'Its chapter 3 lists everything from “funding opposition media outlets abroad” to “training online activists”.',
      'report by the Halvorsen Institute',
    ],
  ])(
    '%s: quotes from a document cited just before are the document speaking',
    (lang, text, cited) => {
      const doc = analyzeText(text, `${lang}.txt`)
      const quoted = doc.quotes?.filter(
        (item) => item.text.includes('fund') || item.text.includes('financer'),
      )
      expect(quoted?.length).toBe(1)
      expect(quoted?.[0]?.speaker?.text).toBe(cited)
      const sourcing = doc.sourcing?.find((item) => item.start === quoted?.[0]?.speaker?.start)
      expect(sourcing?.kind).toBe('document')
    },
  )

  test.each([
    [
      'fr',
      'Voir la page de la fondation Halvorsen sur la Karvénie ici.',
      'page de la fondation Halvorsen sur la Karvénie',
    ],
    [
      'en',
      'See the report of the Halvorsen Institute on Karvenia here.',
      'report of the Halvorsen Institute on Karvenia',
    ],
  ])('%s: a cited document ends before the pointer to its link', (lang, text, cited) => {
    const documents = analyzeText(text, `${lang}.txt`).sourcing?.filter(
      (item) => item.kind === 'document',
    )
    expect(documents?.map((item) => item.text)).toEqual([cited])
  })

  test('an unnamed body speaking is an organisation source, without the auxiliary of its verb', () => {
    const doc = analyzeText(
      'The government had said that lifting the price cap was part of a plan agreed with foreign lenders.',
      'en.txt',
    )
    expect(doc.quotes?.[0]?.speaker?.text).toBe('The government')
    expect(doc.sourcing?.map((item) => [item.kind, item.text])).toEqual([
      ['organization', 'The government'],
    ])
    const german = analyzeText(
      'Das Außenministerium erklärte in einer Mitteilung, es handle sich um „ein Lehrbuchbeispiel für hybride Kriegsführung“.',
      'de.txt',
    )
    expect(german.sourcing?.map((item) => item.kind)).toEqual(['organization'])
  })

  test('a pronoun resolves to the last speaker', () => {
    const text =
      'La commentatrice Lena Korvath a déclaré que la crise était grave. Après tout, écrit-elle, « la situation est bien pire que ce que disent les médias ».'
    const doc = analyzeText(text)
    const direct = doc.quotes?.find((quote) => quote.kind === 'direct')
    expect(direct?.speaker).toMatchObject({ canonical: 'Lena Korvath', resolution: 'pronoun' })
  })

  test('short quoted words with nobody speaking are scare quotes, not quotations', () => {
    const doc = analyzeText(
      'Les « experts » du think tank parlent de « stabilisation » du pays depuis des mois.',
    )
    expect(doc.quotes).toEqual([])
  })

  test('an unclosed quotation runs to the end of its paragraph', () => {
    const doc = analyzeText(
      'Voici un message de l’activiste Saule Dorbek.\n\n“Nous avons tout organisé depuis des mois avec des amis venus de loin, et personne ne nous a arrêtés.',
    )
    const quote = doc.quotes?.find((item) => item.kind === 'direct')
    expect(quote?.text.endsWith('arrêtés.')).toBe(true)
    expect(quote?.speaker?.text).toBe('Saule Dorbek')
  })
})

describe('indirect quotes', () => {
  test.each([
    [
      'fr',
      'Le porte-parole Marc Lenoir a affirmé que les forces de sécurité avaient repris le contrôle de l’aéroport.',
      'Marc Lenoir',
    ],
    [
      'en',
      'Opposition leader Dana Orel said that the protests would continue until the price cap was restored.',
      'Dana Orel',
    ],
    [
      'fr',
      'Selon Felix Kulov, les unités secrètes ont été supervisées par le neveu du président.',
      'Felix Kulov',
    ],
  ])('%s: reported speech without quote marks', (lang, text, speaker) => {
    const doc = analyzeText(text, `${lang}.txt`)
    const quote = doc.quotes?.find((item) => item.kind === 'indirect')
    expect(quote?.speaker?.text).toBe(speaker)
    expect(quote!.text.length).toBeGreaterThan(20)
  })

  test.each([
    [
      'fr',
      'Selon le ministère de la Santé, Karim Saadi a été tué d’une balle dans la poitrine lors de la manifestation.',
      'Karim Saadi',
    ],
    [
      'de',
      'Die Einwohner wurden gefragt, wie es für sie ist, Amerikaner zu sein, und die Antworten fielen sehr gemischt aus.',
      'Amerikaner',
    ],
  ])('%s: a name past the comma after "selon" or "wie" is not the source', (lang, text, name) => {
    const doc = analyzeText(text, `${lang}.txt`)
    expect(doc.entities?.some((entity) => entity.text === name)).toBe(true)
    expect(doc.quotes?.some((quote) => quote.speaker?.text === name)).toBe(false)
  })
})
