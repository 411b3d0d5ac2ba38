import { readFileSync } from 'node:fs'

/** Given names and per-language lower-case words, derived from NER training data (see scripts/build-name-lexicon.ts). */
export interface NameLexicon {
  readonly givenNames: ReadonlySet<string>
  readonly commonWords: Readonly<Record<string, ReadonlySet<string>>>
}

const LEXICON_URL = new URL('../../../models/name-lexicon.json', import.meta.url)
let lexicon: NameLexicon | undefined

/** The name lexicon, read once from models/name-lexicon.json. */
export function nameLexicon(): NameLexicon {
  if (lexicon) return lexicon
  const raw = JSON.parse(readFileSync(LEXICON_URL, 'utf8')) as {
    givenNames: string[]
    commonWords: Record<string, string[]>
  }
  lexicon = {
    givenNames: new Set(raw.givenNames),
    commonWords: Object.fromEntries(
      Object.entries(raw.commonWords).map(([lang, words]) => [lang, new Set(words)]),
    ),
  }
  return lexicon
}
