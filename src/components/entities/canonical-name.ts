import { memoBounded } from '../../doc/bounded-memo.ts'

// Russian/Ukrainian/Bulgarian Cyrillic to Latin, close to the BGN/PCGN romanisation used by English newsrooms.
const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
  қ: 'q',
  ә: 'a',
  ң: 'ng',
  ғ: 'gh',
  ү: 'u',
  ұ: 'u',
  һ: 'h',
  ө: 'o',
}

/** A stable canonical form for a name the alias data does not know: spacing and apostrophes unified, Latin script. */
export function canonicalName(mention: string): string {
  return memoBounded(canonicalCache, mention, MAX_CACHED_MENTIONS, computeCanonicalName)
}

// Names recur within a document and across a corpus: a bounded memo spares the normalisation and three regexes.
const MAX_CACHED_MENTIONS = 50_000
const canonicalCache = new Map<string, string>()

function computeCanonicalName(mention: string): string {
  const spaced = mention.normalize('NFC').replace(/\s+/gu, ' ').replace(/[’‘`]/gu, "'").trim()
  return /\p{Script=Cyrillic}/u.test(spaced) ? transliterate(spaced) : spaced
}

/** Romanises Cyrillic letters, keeping the capitalisation of each letter. */
export function transliterate(text: string): string {
  let out = ''
  for (const char of text) {
    const lower = char.toLowerCase()
    const latin = CYRILLIC_TO_LATIN[lower]
    if (latin === undefined) out += char
    else out += char === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1)
  }
  return out
}
