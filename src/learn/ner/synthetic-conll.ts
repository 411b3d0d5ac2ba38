import { seededRandom } from './seeded-random.ts'

// Small closed lists for a toy corpus: enough variety that a tagger must use shape and context, not memory.
const GIVEN_NAMES = ['Marie', 'Jean', 'Anna', 'Pierre', 'Olga', 'Karim', 'Sofia', 'Hugo']
const SURNAMES = ['Dupont', 'Martin', 'Kovalenko', 'Bernard', 'Nazarov', 'Lefebvre', 'Moreau']
const PLACES = ['Paris', 'Lyon', 'Kyiv', 'Almaty', 'Genève', 'Marseille', 'Bichkek']
const ORGANISATIONS = [['OTAN'], ['ONU'], ['Banque', 'mondiale'], ['Croix-Rouge'], ['UNESCO']]
const TEMPLATES = [
  'PER a visité LOC hier .',
  'Selon PER , ORG prépare un rapport .',
  'Le siège de ORG est à LOC .',
  'PER travaille pour ORG depuis 2019 .',
  'À LOC , PER a rencontré PER .',
  'Les experts de ORG arrivent à LOC lundi .',
  "Le porte-parole de l' ORG est à LOC .",
]

/** Writes a toy French NER corpus in the WikiNEuRal layout, deterministic for a seed, for tests. */
export function syntheticConll(sentenceCount: number, seed: number): string {
  const random = seededRandom(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
  const sentences: string[] = []
  for (let count = 0; count < sentenceCount; count++) {
    const rows: [string, string][] = []
    for (const slot of pick(TEMPLATES).split(' ')) {
      if (slot === 'PER') rows.push([pick(GIVEN_NAMES), 'B-PER'], [pick(SURNAMES), 'I-PER'])
      else if (slot === 'LOC') rows.push([pick(PLACES), 'B-LOC'])
      else if (slot === 'ORG')
        pick(ORGANISATIONS).forEach((word, index) => {
          rows.push([word, index === 0 ? 'B-ORG' : 'I-ORG'])
        })
      else rows.push([slot, 'O'])
    }
    sentences.push(rows.map(([token, tag], index) => `${index}\t${token}\t${tag}`).join('\n'))
  }
  return `${sentences.join('\n\n')}\n`
}
