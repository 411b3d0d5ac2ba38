import { memoBounded } from './bounded-memo.ts'
import { foldText } from './fold-text.ts'
import { findWordEnd, findWordStart } from './scan-words.ts'

/** A word or number with its offsets into the text. */
export interface Token {
  readonly start: number
  readonly end: number
  readonly text: string
  /** The word folded for lexicon lookups (see foldWord). */
  readonly folded: string
}

// Elided articles and pronouns glued by an apostrophe (French l', d', qu', jusqu'; Italian dell', all').
const ELIDED_PREFIX =
  /^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu|quelqu|dell|all|nell|sull|dall|coll|un|quell|quest|tutt)['’](?=\p{L})/iu
// English possessive 's and plural possessive s'.
const POSSESSIVE_SUFFIX = /['’]s$/u
// A dot inside a word is kept only for initialisms (U.S., J.-C.); "Kazakhstan.Voici" is two words.
const INNER_DOT = /(?<=\p{L}{2})\.(?=\p{Lu}\p{Ll})/u

/**
 * Splits text into words (letters with inner hyphens, dots between single letters as in U.S., apostrophes) and
 * numbers (with group separators and decimals; see scan-words.ts), separating elided articles ("l’OTAN" →
 * "l’", "OTAN") and possessives.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const all = tokenizeWhole(text)
  return all.slice(firstAtOrAfter(all, from), firstAtOrAfter(all, to, true))
}

// Every component tokenizes the same document many times over (per sentence, per cue): keep the last text's tokens.
let cachedText: string | null = null
let cachedTokens: Token[] = []

// Lexicon phrases and names are tokenized too: only texts longer than this replace the cached document.
const MIN_CACHED_TEXT_CHARS = 200

function tokenizeWhole(text: string): Token[] {
  if (text === cachedText) return cachedTokens
  const tokens: Token[] = []
  for (let start = findWordStart(text, 0); start !== -1; ) {
    const end = findWordEnd(text, start)
    pushWord(tokens, text.slice(start, end), start)
    start = findWordStart(text, end)
  }
  if (text.length >= MIN_CACHED_TEXT_CHARS) {
    cachedText = text
    cachedTokens = tokens
  }
  return tokens
}

// Index of the first token starting at or after `offset`; with `byEnd`, of the first token ending after it.
function firstAtOrAfter(tokens: readonly Token[], offset: number, byEnd = false): number {
  let low = 0
  let high = tokens.length
  while (low < high) {
    const middle = (low + high) >> 1
    const token = tokens[middle]!
    if ((byEnd ? token.end : token.start) < offset + (byEnd ? 1 : 0)) low = middle + 1
    else high = middle
  }
  return low
}

function pushWord(tokens: Token[], word: string, start: number): void {
  if (!hasDotOrApostrophe(word)) {
    tokens.push(makeToken(start, word))
    return
  }
  const dot = INNER_DOT.exec(word)
  if (dot) {
    pushWord(tokens, word.slice(0, dot.index), start)
    pushWord(tokens, word.slice(dot.index + 1), start + dot.index + 1)
    return
  }
  const possessive = POSSESSIVE_SUFFIX.exec(word)
  if (possessive && word.length > 2) {
    tokens.push(makeToken(start, word.slice(0, possessive.index)))
    return
  }
  const elided = ELIDED_PREFIX.exec(word)
  if (elided) {
    const cut = elided[0].length
    tokens.push(makeToken(start, word.slice(0, cut)))
    pushWord(tokens, word.slice(cut), start + cut)
    return
  }
  tokens.push(makeToken(start, word))
}

// Character tests written as loops: these run for every token, and a regex call costs several times more.
function hasDotOrApostrophe(word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index)
    if (code === 0x2e || code === 0x27 || code === 0x2019) return true
  }
  return false
}

// [a-z0-9-]+: a word that folding leaves as it is.
function isPlainLowerAscii(word: string): boolean {
  if (word.length === 0) return false
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index)
    if (!((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x2d))
      return false
  }
  return true
}

// [A-Za-z0-9'-]*: a word with no accents or typographic marks, which lower-casing alone folds.
function isPlainAscii(word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index) | 0x20
    const isLetter = code >= 0x61 && code <= 0x7a
    const raw = word.charCodeAt(index)
    if (!(isLetter || (raw >= 0x30 && raw <= 0x39) || raw === 0x27 || raw === 0x2d)) return false
  }
  return true
}

/** A token with its folded form computed once, at tokenization. */
export function makeToken(start: number, text: string): Token {
  return {
    start,
    end: start + text.length,
    text,
    folded: isPlainLowerAscii(text) ? text : foldWord(text),
  }
}

/** True when the word starts with an upper-case letter. */
export function isCapitalized(word: string): boolean {
  // ASCII needs no case mapping: only A-Z is upper case.
  const code = word.charCodeAt(0)
  if (code < 0x80) return code >= 0x41 && code <= 0x5a
  if (word.length === 0) return false
  const kind = caseKindOf(code)
  return kind === UPPER_CASE || (kind === UPPER_ONLY_BY_PROPERTY && /^\p{Lu}/u.test(word))
}

// What the case of a first code unit says, decided on first sight of each (case mapping allocates strings):
// a letter with distinct cases in upper case; one in neither case (ǅ), for which the regex decides; anything else.
const UPPER_CASE = 1
const UPPER_ONLY_BY_PROPERTY = 2
const NOT_UPPER_CASE = 3
const caseKinds = new Uint8Array(0x10000)

function caseKindOf(code: number): number {
  let kind = caseKinds[code]!
  if (kind === 0) {
    const first = String.fromCharCode(code)
    if (first === first.toLowerCase()) kind = NOT_UPPER_CASE
    else kind = first === first.toUpperCase() ? UPPER_CASE : UPPER_ONLY_BY_PROPERTY
    caseKinds[code] = kind
  }
  return kind
}

/** True for all-capital initialisms of two letters or more (OTAN, CSTO, S-550 is not). */
export function isAcronym(word: string): boolean {
  // Most words fail on their first two letters: a lower-case ASCII letter is in neither class.
  if (word.length < 2 || isLowerAsciiLetter(word.charCodeAt(0))) return false
  if (isLowerAsciiLetter(word.charCodeAt(1))) return false
  return ACRONYM.test(word) && TWO_CAPITALS.test(word)
}

const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}.&]+$/u
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u

function isLowerAsciiLetter(code: number): boolean {
  return code >= 0x61 && code <= 0x7a
}

// Folding is the hot path of every lexicon lookup; news vocabulary repeats, so a bounded memo pays for itself.
const FOLD_CACHE_LIMIT = 200_000
const MAX_CACHED_WORD_CHARS = 40
const foldCache = new Map<string, string>()

/** Lower case, accents removed, typographic apostrophes and dashes unified: for comparing words. */
export function foldWord(word: string): string {
  // Plain ASCII has no accents or typographic marks to fold: lower case is all (and far cheaper than a lookup).
  if (isPlainAscii(word)) return word.toLowerCase()
  // Long strings (sentences, names) are never cached: not worth hashing for a lookup.
  if (word.length > MAX_CACHED_WORD_CHARS) return foldText(word)
  return memoBounded(foldCache, word, FOLD_CACHE_LIMIT, foldText)
}
