import { foldWord } from '../doc/tokenize.ts'
import { SPELLING_RULES } from './spelling-rules.ts'
import { transliterate } from './transliterate.ts'

/** A spelling-independent form of a name: `key` groups candidates, `skeleton` confirms a match. */
export interface NameKey {
  /** The first three consonant classes ("KRF" for Karvenia, Karvénie, Karwenien, Карвения). */
  readonly key: string
  /** Up to six classes; two names match when one skeleton is a prefix of the other (Moscou MSK, Moscow MSKF). */
  readonly skeleton: string
}

// Country, demonym and adjective endings that languages add to the same stem (Borovia, Borovie, Borowien,
// Borovian, borowisch, Боровия); stripped so that the stems meet.
const NAME_ENDING =
  /(?:ians?|iens?|iennes?|ianos?|ianas?|iani|iane|ische[nrs]?|isch|iya|iia|ija|ia|ie|ii|iy)$/u
// Consonant classes: voiced and voiceless pairs merge, and so do the sibilants, because transliterations
// disagree on exactly these (Solntseva, Solnzewa; Temirov, Temirow).
const DIGRAPHS: readonly (readonly [RegExp, string])[] = [
  [/kh|ck|qu|ch(?=r)/gu, 'k'],
  [/ph/gu, 'f'],
  [/th/gu, 't'],
  [/sh|zh|ch|ts|tz/gu, 's'],
  [/c(?=[eiy])/gu, 's'],
  [/x/gu, 'ks'],
]
const CLASS: Readonly<Record<string, string>> = {
  b: 'P',
  p: 'P',
  d: 'T',
  t: 'T',
  g: 'K',
  k: 'K',
  c: 'K',
  q: 'K',
  v: 'F',
  w: 'F',
  f: 'F',
  s: 'S',
  z: 'S',
  ç: 'S',
  l: 'L',
  r: 'R',
  m: 'M',
  n: 'N',
}
const VOWEL = /[aeiouy]/u
const MIN_CLASSES = 3
const MAX_SKELETON = 6

// Names repeat across a corpus; a bounded memo spares the dozen regex passes per occurrence.
// One memo per language, so that a lookup hashes the word alone and builds no key string.
const CACHE_LIMIT = 100_000
const cacheByLanguage = new Map<string, Map<string, NameKey | null>>()

/** The spelling-independent key of a capitalised name in a given language, or null for names too short to say. */
export function nameKey(word: string, lang: string | null): NameKey | null {
  const language = lang ?? ''
  let cache = cacheByLanguage.get(language)
  if (cache === undefined) {
    cache = new Map()
    cacheByLanguage.set(language, cache)
  }
  const cached = cache.get(word)
  if (cached !== undefined) return cached
  const computed = computeNameKey(word, lang)
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(word, computed)
  return computed
}

function computeNameKey(word: string, lang: string | null): NameKey | null {
  let spelled = transliterate(foldWord(word)).replace(/[^a-zç]/gu, '')
  for (const [pattern, replacement] of SPELLING_RULES[lang ?? ''] ?? [])
    spelled = spelled.replace(pattern, replacement)
  const stem = spelled.length > 5 ? spelled.replace(NAME_ENDING, '') : spelled
  let normalized = stem
  for (const [pattern, replacement] of DIGRAPHS)
    normalized = normalized.replace(pattern, replacement)
  let skeleton = VOWEL.test(normalized.charAt(0)) ? 'A' : ''
  for (const char of normalized) {
    const consonant = CLASS[char]
    if (consonant && !skeleton.endsWith(consonant)) skeleton += consonant
  }
  if (skeleton.length < MIN_CLASSES) return null
  return { key: skeleton.slice(0, MIN_CLASSES), skeleton: skeleton.slice(0, MAX_SKELETON) }
}

/** True when two skeletons agree as far as the shorter goes. */
export function skeletonsMatch(a: string, b: string): boolean {
  return a.length <= b.length ? b.startsWith(a) : a.startsWith(b)
}
