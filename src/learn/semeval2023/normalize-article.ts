/** A paragraph of a SemEval article: its 1-based line number in the file and its UTF-16 offsets into the text. */
export interface ArticleLine {
  readonly line: number
  readonly start: number
  readonly end: number
}

/** An article file as Narrascope text: line breaks as LF, and a map from the file's offsets to the text's. */
export interface NormalizedArticle {
  readonly text: string
  /** Every non-blank line. */
  readonly lines: readonly ArticleLine[]
  /** The UTF-16 offset in `text` of code point `offset` of the raw file (CRLF kept), as the span files count. */
  readonly textOffset: (codePointOffset: number) => number
}

const CARRIAGE_RETURN = 0x0d
const LINE_FEED = 0x0a

/**
 * Turns a raw article file into text with LF line breaks; the SemEval span files count code points of the raw
 * file with its CRLF kept, so both the astral characters (two UTF-16 units, one code point) and every dropped CR
 * shift the offsets.
 */
export function normalizeArticle(raw: string): NormalizedArticle {
  const units: string[] = []
  // offsets[c] = UTF-16 offset in the text of raw code point c; one extra entry for the end of the file.
  const offsets: number[] = []
  let textLength = 0
  for (let index = 0; index < raw.length; ) {
    const codePoint = raw.codePointAt(index)!
    const width = codePoint > 0xffff ? 2 : 1
    offsets.push(textLength)
    const isDroppedReturn = codePoint === CARRIAGE_RETURN && raw.charCodeAt(index + 1) === LINE_FEED
    if (!isDroppedReturn) {
      units.push(raw.slice(index, index + width))
      textLength += width
    }
    index += width
  }
  offsets.push(textLength)
  const text = units.join('')
  return {
    text,
    lines: splitLines(text),
    textOffset: (codePointOffset) =>
      offsets[Math.max(0, Math.min(codePointOffset, offsets.length - 1))]!,
  }
}

/** The non-blank lines of `text`, numbered from 1 as the label files number them, trimmed of outer space. */
function splitLines(text: string): ArticleLine[] {
  const lines: ArticleLine[] = []
  let start = 0
  let line = 1
  while (start <= text.length) {
    const newline = text.indexOf('\n', start)
    const end = newline === -1 ? text.length : newline
    let from = start
    let to = end
    while (from < to && /\s/u.test(text[from]!)) from++
    while (to > from && /\s/u.test(text[to - 1]!)) to--
    if (to > from) lines.push({ line, start: from, end: to })
    if (newline === -1) break
    start = newline + 1
    line++
  }
  return lines
}
