// The tokenizer's word pattern, matched by hand: a regex match allocates a result array and a string for every
// word and was about half of tokenizing. Exactly the matches of this regex, which the tests compare against:
//   /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-‐.'’][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,  ]\p{N}{3})*(?:[.,]\p{N}+)?/gu
// Letters with inner hyphens, dots and apostrophes; or numbers with group separators and decimals.

const LETTER = 1
const NUMBER = 2
const OTHER = 4
// Set on the class of a code point written as a surrogate pair (two code units).
const WIDE = 8
const HIGH_SURROGATE = 16
const UNKNOWN = 0

// Classes of BMP code units, filled on first sight of each: a text uses a few hundred distinct characters.
const bmpClasses = new Uint8Array(0x10000)
const astralClasses = new Map<number, number>()
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u
const NUMBER_CHAR = /^\p{N}$/u

function classify(codePoint: number): number {
  const char = String.fromCodePoint(codePoint)
  if (LETTER_OR_MARK.test(char)) return LETTER
  return NUMBER_CHAR.test(char) ? NUMBER : OTHER
}

// The class of the code point at `index` (LETTER, NUMBER or OTHER), with WIDE when it takes two code units.
function classAt(text: string, index: number): number {
  const code = text.charCodeAt(index)
  let kind = bmpClasses[code]!
  if (kind === UNKNOWN) {
    kind = code >= 0xd800 && code <= 0xdbff ? HIGH_SURROGATE : classify(code)
    bmpClasses[code] = kind
  }
  if (kind !== HIGH_SURROGATE) return kind
  const low = text.charCodeAt(index + 1)
  // A lone surrogate is a code point of its own, and no letter.
  if (!(low >= 0xdc00 && low <= 0xdfff)) return OTHER
  const codePoint = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000
  let astral = astralClasses.get(codePoint)
  if (astral === undefined) {
    astral = classify(codePoint) | WIDE
    astralClasses.set(codePoint, astral)
  }
  return astral
}

function widthOf(kind: number): number {
  return kind & WIDE ? 2 : 1
}

/** Where the first word or number at or after `from` starts, or -1 when there is none. */
export function findWordStart(text: string, from: number): number {
  for (let index = from; index < text.length; ) {
    const kind = classAt(text, index)
    if (kind & (LETTER | NUMBER)) return index
    index += widthOf(kind)
  }
  return -1
}

/** Where the word or number starting at `start` (a position findWordStart returned) ends. */
export function findWordEnd(text: string, start: number): number {
  const first = classAt(text, start)
  const end = start + widthOf(first)
  return first & LETTER ? letterWordEnd(text, end) : numberEnd(text, end)
}

// [\p{L}\p{M}\p{N}]*(?:[-‐.'’][\p{L}\p{M}\p{N}]+)*
function letterWordEnd(text: string, from: number): number {
  let end = skipClass(text, from, LETTER | NUMBER)
  while (end + 1 < text.length && isInnerJoiner(text.charCodeAt(end))) {
    if (!(classAt(text, end + 1) & (LETTER | NUMBER))) break
    end = skipClass(text, end + 1, LETTER | NUMBER)
  }
  return end
}

// \p{N}*(?:[.,  ]\p{N}{3})*(?:[.,]\p{N}+)? after the first digit.
function numberEnd(text: string, from: number): number {
  let end = skipClass(text, from, NUMBER)
  for (;;) {
    const code = text.charCodeAt(end)
    if (!(code === 0x2e || code === 0x2c || code === 0x20)) break
    const after = threeNumbersEnd(text, end + 1)
    if (after === -1) break
    end = after
  }
  const code = text.charCodeAt(end)
  if ((code === 0x2e || code === 0x2c) && end + 1 < text.length) {
    if (classAt(text, end + 1) & NUMBER) end = skipClass(text, end + 1, NUMBER)
  }
  return end
}

function threeNumbersEnd(text: string, from: number): number {
  let end = from
  for (let count = 0; count < 3; count++) {
    if (end >= text.length) return -1
    const kind = classAt(text, end)
    if (!(kind & NUMBER)) return -1
    end += widthOf(kind)
  }
  return end
}

function skipClass(text: string, from: number, classes: number): number {
  let end = from
  while (end < text.length) {
    const kind = classAt(text, end)
    if (!(kind & classes)) break
    end += widthOf(kind)
  }
  return end
}

// - ‐ . ' ’
function isInnerJoiner(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2e || code === 0x27 || code === 0x2019
}

/** How many code units the letter or mark (/[\p{L}\p{M}]/u) at `index` takes: 0 when there is none, else 1 or 2. */
export function letterOrMarkWidth(text: string, index: number): number {
  if (index >= text.length) return 0
  const kind = classAt(text, index)
  return kind & LETTER ? widthOf(kind) : 0
}

/** Where the first run of letters, marks and digits (/[\p{L}\p{M}\p{N}]+/u) at or after `from` starts, or -1. */
export function findAlphanumericStart(text: string, from: number): number {
  return findWordStart(text, from)
}

/** Where the run of letters, marks and digits starting at `start` ends. */
export function findAlphanumericEnd(text: string, start: number): number {
  return skipClass(text, start, LETTER | NUMBER)
}
