import { CUE_GROUPS, type PersuasionCues } from '../../lang/persuasion-cues.ts'
import { hashStep } from '../hash-string.ts'
import { CHAR_CLASS, FOLD, WORD_CHAR } from './char-classes.ts'
import { WORD_SEED } from './word-hash.ts'

/** One word of a cue phrase: the hash of the word, or of a stem with its length. */
export interface CueWord {
  readonly hash: number
  /** 0 for a whole word; the stem length for a stem (`*`). */
  readonly stemLength: number
}

/** A cue phrase: its family (index into CUE_GROUPS), its words, and the phrase as written. */
export interface CuePhrase {
  readonly group: number
  readonly words: readonly CueWord[]
  readonly phrase: string
}

/**
 * A cue lexicon compiled for the scanner: phrases keyed by the hash (see hashKey) of their last word (whole word, or stem per
 * stem length), so a phrase is recognised when its last word is read, looking back at the words before it.
 */
export interface HashedCues {
  readonly byLastWord: ReadonlyMap<number, readonly CuePhrase[]>
  readonly byLastStem: ReadonlyMap<number, ReadonlyMap<number, readonly CuePhrase[]>>
  /** Stem lengths in use, ascending. */
  readonly stemLengths: readonly number[]
  /** Longest phrase, in words. */
  readonly maxWords: number
}

const STEM_MARK = 0x2a

/** A hash as a map key: V8 stores integers below 2^30 unboxed, which makes lookups several times faster. */
export function hashKey(hash: number): number {
  return hash & 0x3fffffff
}

/** Compiles a language's cue lexicon for the scanner. */
export function compileHashedCues(cues: PersuasionCues): HashedCues {
  const byLastWord = new Map<number, CuePhrase[]>()
  const byLastStem = new Map<number, Map<number, CuePhrase[]>>()
  let maxWords = 1
  CUE_GROUPS.forEach((group, groupIndex) => {
    for (const phrase of cues[group]) {
      const words = cueWords(phrase)
      const last = words.at(-1)
      if (!last) continue
      maxWords = Math.max(maxWords, words.length)
      const entry: CuePhrase = { group: groupIndex, words, phrase }
      if (last.stemLength === 0) {
        byLastWord.set(hashKey(last.hash), [...(byLastWord.get(hashKey(last.hash)) ?? []), entry])
        continue
      }
      const byHash = byLastStem.get(last.stemLength) ?? new Map<number, CuePhrase[]>()
      byHash.set(hashKey(last.hash), [...(byHash.get(hashKey(last.hash)) ?? []), entry])
      byLastStem.set(last.stemLength, byHash)
    }
  })
  return {
    byLastWord,
    byLastStem,
    stemLengths: [...byLastStem.keys()].sort((a, b) => a - b),
    maxWords,
  }
}

/** Splits a cue phrase into words as the scanner splits text, folding and hashing each. */
function cueWords(phrase: string): CueWord[] {
  const words: CueWord[] = []
  let hash = WORD_SEED
  let length = 0
  const flush = (isStem: boolean) => {
    if (length > 0) words.push({ hash, stemLength: isStem ? length : 0 })
    hash = WORD_SEED
    length = 0
  }
  for (let index = 0; index < phrase.length; index++) {
    const unit = phrase.charCodeAt(index)
    if (CHAR_CLASS[unit]! & WORD_CHAR) {
      hash = hashStep(hash, FOLD[unit]!)
      length++
    } else flush(unit === STEM_MARK)
  }
  flush(false)
  return words
}
