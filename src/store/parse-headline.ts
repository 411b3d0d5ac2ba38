import type { Snippet } from '../contracts/store.ts'

const START_MARK = '\u0001'
const STOP_MARK = '\u0002'
const WHITESPACE_RUN = /\s+/gu
// A snippet without a text query: the opening words, as a search engine shows for a filter-only listing.
const LEAD_WORDS = 35

/** Turns a ts_headline result marked with \u0001…\u0002 into plain snippet text and highlight offsets. */
export function parseHeadline(headline: string): Snippet {
  const highlights: Snippet['highlights'] = []
  let text = ''
  let start = -1
  for (const char of headline.replace(WHITESPACE_RUN, ' ').trim()) {
    if (char === START_MARK) start = text.length
    else if (char === STOP_MARK) {
      if (start >= 0) highlights.push({ start, end: text.length })
      start = -1
    } else text += char
  }
  return { text, highlights }
}

/** The opening words of a text, as a snippet with nothing highlighted. */
export function leadSnippet(text: string): Snippet {
  const words = text.replace(WHITESPACE_RUN, ' ').trim().split(' ')
  const lead = words.slice(0, LEAD_WORDS).join(' ')
  return { text: words.length > LEAD_WORDS ? `${lead} …` : lead, highlights: [] }
}
