/**
 * Folds text for comparison, uncached: NFKD, combining marks (\p{M}) removed, typographic apostrophes and
 * backticks (’ ‘ `) to ', hyphens and dashes (‐ ‑ – —) to -, then lower case. The three replacements are one pass
 * over the code units (three regex passes cost several times the normalisation on accented text), and text
 * with no character above U+007F skips the normalisation, which leaves ASCII unchanged.
 */
export function foldText(text: string): string {
  if (isAscii(text)) {
    const lower = text.toLowerCase()
    return lower.includes('`') ? lower.replaceAll('`', "'") : lower
  }
  return replaceMarksAndPunctuation(text.normalize('NFKD')).toLowerCase()
}

function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) > 0x7f) return false
  return true
}

// Copies unchanged runs whole: most characters are kept as they are.
function replaceMarksAndPunctuation(text: string): string {
  let out = ''
  let runStart = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    // Below U+0300 (the first combining mark) only the backtick changes.
    if (code < FIRST_MARK && code !== BACKTICK) continue
    const replacement = replacementOf(code)
    if (replacement !== null) {
      out += text.slice(runStart, index) + replacement
      runStart = index + 1
      continue
    }
    const width = markWidthAt(text, index, code)
    if (width > 0) {
      out += text.slice(runStart, index)
      index += width - 1
      runStart = index + 1
    }
  }
  return runStart === 0 ? text : out + text.slice(runStart)
}

// ' for ’ ‘ `, - for ‐ ‑ – —, null for any other character.
function replacementOf(code: number): string | null {
  if (code === 0x2019 || code === 0x2018 || code === BACKTICK) return "'"
  if (code === 0x2010 || code === 0x2011 || code === 0x2013 || code === 0x2014) return '-'
  return null
}

const FIRST_MARK = 0x300
const BACKTICK = 0x60
const MARK = /^\p{M}$/u
const IS_MARK = 1
const NOT_MARK = 2
// Whether each BMP code unit is a mark, filled on first sight: a text uses a few hundred distinct characters.
const bmpMarks = new Uint8Array(0x10000)

// Code units taken by the combining mark at `index` (1, or 2 for one written as a surrogate pair), 0 when none.
function markWidthAt(text: string, index: number, code: number): number {
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = text.charCodeAt(index + 1)
    if (!(low >= 0xdc00 && low <= 0xdfff)) return 0
    return MARK.test(text.slice(index, index + 2)) ? 2 : 0
  }
  let known = bmpMarks[code]!
  if (known === 0) {
    known = MARK.test(String.fromCharCode(code)) ? IS_MARK : NOT_MARK
    bmpMarks[code] = known
  }
  return known === IS_MARK ? 1 : 0
}
