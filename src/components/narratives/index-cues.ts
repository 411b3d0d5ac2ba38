import type { Token } from '../../doc/tokenize.ts'
import type { CompiledCue, CueWord } from './compile-cues.ts'

/** Where one list of a cue (its phrases, or one side of a `near`) matched: the longest phrase at each token. */
export type CuePositions = readonly { readonly first: number; readonly last: number }[]

interface IndexedPhrase {
  /** The slot of the cue list the phrase belongs to. */
  readonly slot: number
  readonly words: readonly CueWord[]
}

/** The slots of a cue's lists: its phrases, or the left and right sides of a `near` (-1 where it has none). */
export interface CueSlots {
  readonly phrases: number
  readonly left: number
  readonly right: number
}

/** Every phrase of a language's cues, found by its first word, so a paragraph is read once for all cues. */
export interface CueIndex {
  readonly exact: ReadonlyMap<string, readonly IndexedPhrase[]>
  readonly byPrefix: ReadonlyMap<string, readonly IndexedPhrase[]>
  /** Phrases whose first word is a prefix shorter than PREFIX_KEY_CHARS: tried at every token. */
  readonly shortPrefixes: readonly IndexedPhrase[]
  /** One bit per prefix-key hash (see prefixBit): a clear bit means no key, so most words skip the lookup. */
  readonly prefixBits: Uint8Array
  readonly slots: ReadonlyMap<CompiledCue, CueSlots>
  readonly slotCount: number
}

// Prefix words ("russophob*") are filed under their first three letters; shorter prefixes are rare.
const PREFIX_KEY_CHARS = 3

/** Indexes the phrases of compiled cues by their first word. */
export function indexCues(cues: readonly CompiledCue[]): CueIndex {
  const exact = new Map<string, IndexedPhrase[]>()
  const byPrefix = new Map<string, IndexedPhrase[]>()
  const shortPrefixes: IndexedPhrase[] = []
  const slots = new Map<CompiledCue, CueSlots>()
  let slotCount = 0
  const file = (phrases: readonly CueWord[][]): number => {
    const slot = slotCount++
    for (const words of phrases) {
      const first = words[0]
      if (!first) continue
      const phrase = { slot, words }
      if (!first.isPrefix) exact.set(first.text, [...(exact.get(first.text) ?? []), phrase])
      else if (first.text.length < PREFIX_KEY_CHARS) shortPrefixes.push(phrase)
      else {
        const prefixKey = first.text.slice(0, PREFIX_KEY_CHARS)
        byPrefix.set(prefixKey, [...(byPrefix.get(prefixKey) ?? []), phrase])
      }
    }
    return slot
  }
  for (const cue of cues) {
    if (cue.kind === 'phrase') slots.set(cue, { phrases: file(cue.phrases), left: -1, right: -1 })
    else slots.set(cue, { phrases: -1, left: file(cue.left), right: file(cue.right) })
  }
  const prefixBits = new Uint8Array(PREFIX_BITS / 8)
  for (const key of byPrefix.keys()) {
    const bit = prefixBit(key)
    prefixBits[bit >> 3]! |= 1 << (bit & 7)
  }
  return { exact, byPrefix, shortPrefixes, prefixBits, slots, slotCount }
}

// A filter over the prefix keys, so that a word's three-letter prefix is cut out and looked up only when some
// key may match: it has no false negatives, and few false positives with a hundred keys in 65 536 bits.
const PREFIX_BITS = 1 << 16

function prefixBit(word: string): number {
  return (
    (Math.imul(Math.imul(word.charCodeAt(0), 31) + word.charCodeAt(1), 31) + word.charCodeAt(2)) &
    (PREFIX_BITS - 1)
  )
}

/** Positions by cue-list slot (undefined where the list never matched). */
export type PositionsBySlot = readonly (CuePositions | undefined)[]

/** Finds, in one pass over a paragraph's tokens, the longest phrase of every cue list at each token. */
export function findCuePositions(index: CueIndex, tokens: readonly Token[]): PositionsBySlot {
  const found: { first: number; last: number }[][] = []
  const { shortPrefixes } = index
  for (let position = 0; position < tokens.length; position++) {
    const folded = tokens[position]!.folded
    const exact = index.exact.get(folded)
    if (exact) collect(exact, tokens, position, found)
    if (folded.length >= PREFIX_KEY_CHARS && hasPrefixBit(index.prefixBits, folded)) {
      const prefixed = index.byPrefix.get(folded.slice(0, PREFIX_KEY_CHARS))
      if (prefixed) collect(prefixed, tokens, position, found)
    }
    if (shortPrefixes.length > 0) collect(shortPrefixes, tokens, position, found)
  }
  return found
}

function hasPrefixBit(bits: Uint8Array, word: string): boolean {
  const bit = prefixBit(word)
  return (bits[bit >> 3]! & (1 << (bit & 7))) !== 0
}

// Records the phrases that fit at `position`, keeping the longest phrase of a list at each token.
function collect(
  phrases: readonly IndexedPhrase[],
  tokens: readonly Token[],
  position: number,
  found: { first: number; last: number }[][],
): void {
  for (const phrase of phrases) {
    if (!fitsAt(phrase.words, tokens, position)) continue
    found[phrase.slot] ??= []
    const list = found[phrase.slot]!
    const last = list[list.length - 1]
    const end = position + phrase.words.length - 1
    if (last?.first !== position) list.push({ first: position, last: end })
    else if (end > last.last) list[list.length - 1] = { first: position, last: end }
  }
}

function fitsAt(words: readonly CueWord[], tokens: readonly Token[], index: number): boolean {
  for (let offset = 0; offset < words.length; offset++) {
    const token = tokens[index + offset]
    const word = words[offset]!
    if (!token) return false
    if (word.isPrefix ? !token.folded.startsWith(word.text) : token.folded !== word.text)
      return false
  }
  return true
}
