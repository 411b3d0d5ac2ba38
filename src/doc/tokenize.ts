/** A word or number with its offsets into the text. */
export interface Token {
  readonly start: number
  readonly end: number
  readonly text: string
}

// Letters with inner hyphens, dots between single letters (U.S.) and apostrophes; or numbers with separators.
const WORD =
  /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-‐.'’][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,  ]\p{N}{3})*(?:[.,]\p{N}+)?/gu
// Elided articles and pronouns glued by an apostrophe (French l', d', qu', jusqu'; Italian dell', all').
// Irish O' (O'Brien) is a name, not an elision.
const ELIDED_PREFIX = /^(?!O['’])(\p{L}\p{Ll}{0,5})['’](?=[\p{L}])/u
// English possessive 's and plural possessive s'.
const POSSESSIVE_SUFFIX = /['’]s$/u
// A dot inside a word is kept only for initialisms (U.S., J.-C.); "Kazakhstan.Voici" is two words.
const INNER_DOT = /(?<=\p{L}{2})\.(?=\p{Lu}\p{Ll})/u

/** Splits text into words and numbers, separating elided articles ("l’OTAN" → "l’", "OTAN") and possessives. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = []
  WORD.lastIndex = from
  const slice = text.slice(0, to)
  for (let match = WORD.exec(slice); match !== null; match = WORD.exec(slice)) {
    pushWord(tokens, match[0], match.index)
  }
  return tokens
}

function pushWord(tokens: Token[], word: string, start: number): void {
  const dot = INNER_DOT.exec(word)
  if (dot) {
    pushWord(tokens, word.slice(0, dot.index), start)
    pushWord(tokens, word.slice(dot.index + 1), start + dot.index + 1)
    return
  }
  const elided = ELIDED_PREFIX.exec(word)
  if (elided) {
    const cut = elided[0].length
    tokens.push({ start, end: start + cut, text: word.slice(0, cut) })
    pushWord(tokens, word.slice(cut), start + cut)
    return
  }
  const possessive = POSSESSIVE_SUFFIX.exec(word)
  if (possessive && word.length > 2) {
    tokens.push({ start, end: start + possessive.index, text: word.slice(0, possessive.index) })
    return
  }
  tokens.push({ start, end: start + word.length, text: word })
}

/** True when the word starts with an upper-case letter. */
export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word)
}

/** True for all-capital initialisms of two letters or more (OTAN, CSTO, S-550 is not). */
export function isAcronym(word: string): boolean {
  return /^\p{Lu}[\p{Lu}\p{N}.&]+$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word)
}

/** Lower case, accents removed, typographic apostrophes and dashes unified: for comparing words. */
export function foldWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`]/gu, "'")
    .replace(/[‐‑–—]/gu, '-')
    .toLowerCase()
}
