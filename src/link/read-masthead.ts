import { foldWord, isCapitalized } from '../doc/tokenize.ts'
import type { LinkableDocument } from './linkable-document.ts'

// A masthead line joins outlet, date and byline with middle dots, dashes or bars:
// "By Marco Verlaine · The North Post · Opinion · 10 March 2025", "L'Écho des Nations – 15 mars 2025 – Par …".
const SEPARATOR = /\s+[·•–—|]\s+/u
const HEAD_LINES = 4
const MAX_LINE_CHARS = 160
const MIN_SEGMENTS = 2
const MIN_OUTLET_CHARS = 3
const MAX_OUTLET_CHARS = 60
const BYLINE_START = /^(?:by|par|von|di|de|por|от|автор)\s/iu
// Rubrics that share the masthead line but are not outlets.
const RUBRICS = new Set(
  [
    'opinion',
    'opinión',
    'opinione',
    'meinung',
    'kommentar',
    'commento',
    'tribune',
    'chronique',
    'editorial',
    'éditorial',
    'analysis',
    'analyse',
    'analisi',
    'análisis',
    'column',
    'news',
    'actualités',
    'world',
    'international',
  ].map(foldWord),
)

/**
 * The outlet named in the masthead line at the top of a text, or null when there is none. A segment holding one
 * of the `credited` names (the author, a translator, an original's outlet) is a credit, not this copy's outlet:
 * "Daniel Whitcombe – 5 avril 2025", "Par Igor Vetrov – Traduit du russe par Réseau International Libre".
 */
export function readMasthead(
  doc: LinkableDocument,
  credited: readonly string[] = [],
): string | null {
  const lines = doc.text
    .split('\n')
    .map((line) => line.replace(/[*_#]/gu, '').trim())
    .filter(Boolean)
  for (const line of lines.slice(0, HEAD_LINES)) {
    if (line.length > MAX_LINE_CHARS) continue
    const segments = line.split(SEPARATOR).map((segment) => segment.trim())
    if (segments.length < MIN_SEGMENTS) continue
    const outlet = segments.find(
      (segment) => isOutletSegment(segment) && !credited.some((name) => segment.includes(name)),
    )
    if (outlet) return outlet
  }
  return null
}

function isOutletSegment(segment: string): boolean {
  return (
    segment.length >= MIN_OUTLET_CHARS &&
    segment.length <= MAX_OUTLET_CHARS &&
    isCapitalized(segment) &&
    !/\d/u.test(segment) &&
    !BYLINE_START.test(segment) &&
    !RUBRICS.has(foldWord(segment))
  )
}
