import { finishHash, hashString } from '../hash-string.ts'
import { type SparseVector, toSparseVector } from '../sparse-vector.ts'
import { transliteratedPrefix } from './transliterate.ts'

/** Which context to read around a mention, and in how many hashed dimensions (a power of two). */
export interface RoleFeatureOptions {
  readonly dims: number
  /** Words on each side of the mention that count as its near context. */
  readonly window: number
  readonly stemLength: number
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu
const SENTENCE_END_MARKS = '.!?…'
// Namespaces: the mention's own words and their stems (which entity it is), the words just before and just after
// it (what is said of it), the rest of its sentence, and the language marker.
const MENTION_SEED = hashString('rm')
const MENTION_STEM_SEED = hashString('rM')
const LEFT_SEED = hashString('rl')
const RIGHT_SEED = hashString('rr')
const NEAR_STEM_SEED = hashString('rs')
const SENTENCE_SEED = hashString('rS')
const LANGUAGE_SEED = hashString('rL')
// Context words nearer the mention say more about its role: weight 1 next to it, falling to half at the window's end.
const DISTANCE_DECAY = 0.5

/**
 * Counts the hashed features of an entity mention at [start, end) of `text`: its words, the words around it
 * (weighted by distance), its sentence, and transliterated stems that carry names across languages.
 */
export function countRoleFeatures(
  text: string,
  mention: { readonly start: number; readonly end: number },
  sentence: { readonly start: number; readonly end: number },
  lang: string | null,
  options: RoleFeatureOptions,
): SparseVector {
  const { start, end } = mention
  const mask = options.dims - 1
  const counts = new Map<number, number>()
  const add = (hash: number, amount = 1) => {
    const index = finishHash(hash) & mask
    counts.set(index, (counts.get(index) ?? 0) + amount)
  }
  const stem = (word: string) => transliteratedPrefix(word, options.stemLength)
  for (const word of words(text.slice(start, end))) {
    add(hashString(word, MENTION_SEED))
    add(hashString(stem(word), MENTION_STEM_SEED))
  }
  const before = words(text.slice(Math.min(sentence.start, start), start))
  const after = words(text.slice(end, Math.max(sentence.end, end)))
  const near = (word: string, distance: number, seed: number) => {
    const weight = 1 - (DISTANCE_DECAY * distance) / options.window
    add(hashString(word, seed), weight)
    add(hashString(stem(word), NEAR_STEM_SEED), weight)
  }
  const left = before.slice(-options.window).reverse()
  for (const [distance, word] of left.entries()) near(word, distance, LEFT_SEED)
  for (const [distance, word] of after.slice(0, options.window).entries())
    near(word, distance, RIGHT_SEED)
  for (const word of [...before.slice(0, -options.window), ...after.slice(options.window)])
    add(hashString(stem(word), SENTENCE_SEED), 0.5)
  if (lang) add(hashString(lang.toLowerCase(), LANGUAGE_SEED))
  return toSparseVector(counts)
}

function words(text: string): string[] {
  return [...text.toLowerCase().matchAll(WORD)].map((match) => match[0])
}

/** The sentence around [start, end), found by punctuation, for texts that have no sentence spans. */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } {
  let from = start
  while (from > 0) {
    const previous = text[from - 1]!
    if (previous === '\n') break
    if (/\s/u.test(previous) && SENTENCE_END_MARKS.includes(text[from - 2] ?? '')) break
    from--
  }
  let to = end
  while (to < text.length) {
    const current = text[to]!
    if (current === '\n') break
    to++
    if (SENTENCE_END_MARKS.includes(current) && /\s/u.test(text[to] ?? ' ')) break
  }
  return { start: from, end: to }
}
