const WHITE_SPACE = /\s+/gu
const ELLIPSIS = '…'
// Cut at the last space when it keeps at least this share of the allowed length; otherwise cut mid-word.
const MIN_WORD_CUT_SHARE = 0.6

/** Collapses white space and cuts the text to at most `maxChars` code units, ending with "…" when cut. */
export function shortenText(text: string, maxChars: number): string {
  const flat = text.replace(WHITE_SPACE, ' ').trim()
  if (flat.length <= maxChars) return flat
  let cut = Math.max(0, maxChars - ELLIPSIS.length)
  const space = flat.lastIndexOf(' ', cut)
  if (space >= cut * MIN_WORD_CUT_SHARE) cut = space
  // Never split a surrogate pair: a lone high surrogate would render as a replacement character.
  else if (isHighSurrogate(flat.charCodeAt(cut - 1))) cut -= 1
  return `${flat.slice(0, cut).trimEnd()}${ELLIPSIS}`
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}
