import { describe, expect, test } from 'vitest'
import { analyzeText } from '../../../test/support/analyze-text.ts'

describe('claims: check-worthy sentences with their anchors, score and sourcing', () => {
  test.each([
    [
      'en',
      'The strike goes on. Union leader Maren Holt said that 4,800 containers were waiting at the Ostrand terminal on 11 April.',
    ],
    [
      'fr',
      'La grève continue. La dirigeante syndicale Maren Holt a déclaré que 4 800 conteneurs attendaient au terminal d’Ostrand le 11 avril.',
    ],
  ])(
    '%s: the sourced sentence with a figure and a date is a claim, with its source',
    (_lang, text) => {
      const doc = analyzeText(text)
      expect(doc.claims).toHaveLength(1)
      const [claim] = doc.claims!
      expect(text.slice(claim!.start, claim!.end)).toBe(claim!.text)
      expect(claim!.text).toMatch(/^(Union leader|La dirigeante)/u)
      expect(claim!.anchors).toEqual(expect.arrayContaining(['#4800', 'D4-11']))
      expect(claim!.reasons).toEqual(expect.arrayContaining(['figure', 'attributed']))
      expect(claim!.sourcing).toEqual([
        { kind: 'named', canonical: expect.any(String), text: 'Maren Holt' },
      ])
    },
  )

  test('the same claim has the same anchors in every language', () => {
    const english = analyzeText(
      'On 9 March the interior ministry said that more than 2,400 people had been detained in Dostal.',
    )
    const french = analyzeText(
      'Le 9 mars, le ministère de l’Intérieur a déclaré que plus de 2 400 personnes avaient été arrêtées à Dostal.',
    )
    const keys = (doc: typeof english) => doc.claims!.flatMap((claim) => claim.anchors).sort()
    expect(keys(english)).toEqual(expect.arrayContaining(['#2400', 'D3-9']))
    expect(keys(french)).toEqual(expect.arrayContaining(['#2400', 'D3-9']))
  })

  test('a figure, a cause and a source score higher than a figure alone', () => {
    const doc = analyzeText(
      'Prices rose by 38 per cent in Rotterdam on 15 March. Minister Karl Dorn said that the blast at Bornholm caused a loss of 120 million cubic metres on 14 March.',
    )
    const [plain, sourced] = doc.claims!
    expect(plain?.reasons).toEqual(['figure'])
    expect(sourced?.reasons).toEqual(['figure', 'causal', 'attributed'])
    expect(sourced!.checkworthiness).toBeGreaterThan(plain!.checkworthiness)
  })

  test('a figure and a country with a short name make a claim, with one key in every language', () => {
    const french = analyzeText(
      'La Russie déploie 3 000 parachutistes après que les forces locales ont été débordées.',
    )
    const english = analyzeText(
      'Russia is deploying 3,000 paratroopers after local forces were overwhelmed.',
    )
    expect(french.claims?.[0]?.anchors).toEqual(['Erussia', '#3000'])
    expect(english.claims?.[0]?.anchors).toEqual(['Erussia', '#3000'])
  })

  test('a word that only begins like a causal cue is none ("dirigeants", "direttore")', () => {
    const reasons = (text: string) => analyzeText(text, 'fr.txt').claims?.[0]?.reasons ?? []
    expect(
      reasons(
        'Les dirigeants de l’OTSC ont tenu une session à Moscou avec Tokaïev et Loukachenko.',
      ),
    ).not.toContain('causal')
    expect(
      reasons('La manifestation a été dirigée par des militants venus de Bichkek et d’Almaty.'),
    ).toContain('causal')
  })

  test('opinion without figures, names or sources is not a claim', () => {
    expect(
      analyzeText('This is a sad day for everyone who believes in honest debate.').claims,
    ).toEqual([])
  })
})
