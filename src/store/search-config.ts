// Languages with a Snowball stemmer in PostgreSQL that Narrascope also analyses. Every other language (and a
// document whose language is unknown) is indexed with `simple`: lower-cased, accent-folded words, no stemming.
const STEMMED_LANGUAGES: Readonly<Record<string, string>> = {
  fr: 'french',
  en: 'english',
  de: 'german',
  it: 'italian',
  es: 'spanish',
  ru: 'russian',
}

/** The text search configurations the schema creates: each PostgreSQL one plus accent folding (unaccent). */
export const SEARCH_CONFIGS: readonly string[] = [...Object.values(STEMMED_LANGUAGES), 'simple']

/** The text search configuration (schema name) that indexes documents in this language. */
export function searchConfigFor(lang: string | null | undefined): string {
  const base = (lang && STEMMED_LANGUAGES[lang.toLowerCase().split('-')[0] ?? '']) || 'simple'
  return `narrascope_${base}`
}
