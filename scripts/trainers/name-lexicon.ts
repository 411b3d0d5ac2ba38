import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { foldWord } from '../../src/doc/tokenize.ts'

// Builds models/name-lexicon.json from WikiNEuRal (CC BY-NC-SA 4.0): given names (the first word of multi-word
// person names) and, per language, words the corpus writes in lower case. The entity rules use the first to tell a
// person from an outlet ("Marco Verlaine" vs "Weltblick Dossier") and the second to tell a sentence-initial common
// word ("Combien", "Troops") from a name. Deterministic: sorted output, no randomness.

const DATA = fileURLToPath(new URL('../../../shared/data/ner/wikineural/', import.meta.url))
const OUT = fileURLToPath(new URL('../../models/name-lexicon.json', import.meta.url))
const LANGUAGES = ['en', 'fr'] as const
// A given name must start at least this many person names, and a common word appear this often in lower case.
const MIN_GIVEN_NAME_COUNT = 2
const MIN_COMMON_WORD_COUNT = 2
const WORD = /^\p{L}[\p{L}'’-]*$/u

const givenNames = new Map<string, number>()
const commonWords: Record<string, string[]> = {}

for (const lang of LANGUAGES) {
  const lines = readFileSync(`${DATA}${lang}/train.conllu`, 'utf8').split('\n')
  const lower = new Map<string, number>()
  const capitalisedInside = new Map<string, number>()
  let previousTag = 'O'
  let previousWasStart = true
  lines.forEach((line, index) => {
    const [position, token = '', tag = 'O'] = line.split('\t')
    if (!line.trim()) {
      previousTag = 'O'
      previousWasStart = true
      return
    }
    const next = lines[index + 1]?.split('\t')[2] ?? 'O'
    if (tag === 'B-PER' && next === 'I-PER' && /^\p{Lu}\p{Ll}+$/u.test(token)) {
      givenNames.set(foldWord(token), (givenNames.get(foldWord(token)) ?? 0) + 1)
    }
    if (WORD.test(token)) {
      const folded = foldWord(token)
      if (/^\p{Ll}/u.test(token)) lower.set(folded, (lower.get(folded) ?? 0) + 1)
      else if (!previousWasStart && position !== '0')
        capitalisedInside.set(folded, (capitalisedInside.get(folded) ?? 0) + 1)
    }
    previousTag = tag
    previousWasStart = false
  })
  void previousTag
  commonWords[lang] = [...lower]
    .filter(
      ([word, count]) =>
        count >= MIN_COMMON_WORD_COUNT &&
        count > (capitalisedInside.get(word) ?? 0) &&
        word.length > 1,
    )
    .map(([word]) => word)
    .sort()
}

const lexicon = {
  source: 'WikiNEuRal train (en, fr), CC BY-NC-SA 4.0; built by scripts/trainers/name-lexicon.ts',
  givenNames: [...givenNames]
    .filter(([, count]) => count >= MIN_GIVEN_NAME_COUNT)
    .map(([name]) => name)
    .sort(),
  commonWords,
}
writeFileSync(OUT, `${JSON.stringify(lexicon)}\n`)
console.log(
  `name lexicon: ${lexicon.givenNames.length} given names, ${LANGUAGES.map((lang) => `${lang} ${commonWords[lang]?.length} common words`).join(', ')}`,
)
