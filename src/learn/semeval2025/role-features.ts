import { findAlphanumericEnd, findAlphanumericStart } from '../../doc/scan-words.ts'
import { finishHash, hashString } from '../hash-string.ts'
import type { SparseVector } from '../sparse-vector.ts'
import { SortedCounter } from './sorted-counter.ts'
import { transliteratedPrefix } from './transliterate.ts'

/** Which context to read around a mention, and in how many hashed dimensions (a power of two). */
export interface RoleFeatureOptions {
  readonly dims: number
  /** Words on each side of the mention that count as its near context. */
  readonly window: number
  readonly stemLength: number
}

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
  const counter = new FeatureCounter(options.dims)
  const { stemLength, window } = options
  for (const word of words(text.slice(start, end))) {
    counter.add(hashString(word, MENTION_SEED), 1)
    counter.add(hashString(transliteratedPrefix(word, stemLength), MENTION_STEM_SEED), 1)
  }
  const before = words(text.slice(Math.min(sentence.start, start), start))
  const after = words(text.slice(end, Math.max(sentence.end, end)))
  // The nearest word first on both sides: distance 0 is the word next to the mention.
  const nearBefore = Math.min(window, before.length)
  for (let distance = 0; distance < nearBefore; distance++)
    addNear(counter, before[before.length - 1 - distance]!, distance, LEFT_SEED, options)
  const nearAfter = Math.min(window, after.length)
  for (let distance = 0; distance < nearAfter; distance++)
    addNear(counter, after[distance]!, distance, RIGHT_SEED, options)
  // The rest of the sentence, farther words before the mention first, then after it.
  for (let index = 0; index < before.length - window; index++)
    counter.add(hashString(transliteratedPrefix(before[index]!, stemLength), SENTENCE_SEED), 0.5)
  for (let index = window; index < after.length; index++)
    counter.add(hashString(transliteratedPrefix(after[index]!, stemLength), SENTENCE_SEED), 0.5)
  if (lang) counter.add(hashString(lang.toLowerCase(), LANGUAGE_SEED), 1)
  return counter.toVector()
}

function addNear(
  counter: FeatureCounter,
  word: string,
  distance: number,
  seed: number,
  options: RoleFeatureOptions,
): void {
  const weight = 1 - (DISTANCE_DECAY * distance) / options.window
  counter.add(hashString(word, seed), weight)
  counter.add(hashString(transliteratedPrefix(word, options.stemLength), NEAR_STEM_SEED), weight)
}

// Sums feature weights (fractional) in float64, the same sums in the same order as counting into a Map.
class FeatureCounter {
  private readonly counter: SortedCounter
  private readonly mask: number

  constructor(dims: number) {
    this.counter = new SortedCounter(dims, 'float64')
    this.mask = dims - 1
  }

  add(hash: number, amount: number): void {
    this.counter.add(finishHash(hash) & this.mask, amount)
  }

  toVector(): SparseVector {
    return this.counter.toVector()
  }
}

// The lower-cased runs of letters, marks and digits of a text.
function words(text: string): string[] {
  const lowered = text.toLowerCase()
  const found: string[] = []
  for (let start = findAlphanumericStart(lowered, 0); start !== -1; ) {
    const end = findAlphanumericEnd(lowered, start)
    found.push(lowered.slice(start, end))
    start = findAlphanumericStart(lowered, end)
  }
  return found
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
