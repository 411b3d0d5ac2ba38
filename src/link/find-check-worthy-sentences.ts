import type { ClaimOccurrence } from '../contracts/link.ts'
import { foldWord } from '../doc/tokenize.ts'
import type { Anchor } from './anchor.ts'
import { CAUSAL_CUES } from './causal-cues.ts'
import type { Fingerprint } from './fingerprint-document.ts'
import type { LinkableDocument } from './linkable-document.ts'

// Sentences shorter than this are headings or fragments; longer ones are lists or run-together paragraphs.
const MIN_SENTENCE_CHARS = 30
const MAX_SENTENCE_CHARS = 600
// A claim is grouped across languages by its anchors: it needs two (a figure and a name, two figures).
const MIN_ANCHORS = 2
const FIGURE_KINDS = new Set<Anchor['kind']>(['figure', 'number', 'date'])
const SENTENCE = /[^.!?…\n]+[.!?…]*/gu
const CAUSAL = new RegExp(
  `(?:^|[^\\p{L}])(?:${CAUSAL_CUES.map((cue) => cue.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|')})`,
  'u',
)

/** A check-worthy sentence of one document, with its anchors. */
export interface CheckWorthySentence {
  readonly document: number
  readonly anchors: readonly Anchor[]
  readonly occurrence: ClaimOccurrence
}

/**
 * The sentences of a document worth checking: those stating a figure or a date, a cause or responsibility, or
 * information attributed to a source, that carry at least two language-independent anchors. A first, honest
 * rule set, not a trained check-worthiness model: it over-selects factual sentences and misses claims without
 * names or figures.
 */
export function findCheckWorthySentences(
  doc: LinkableDocument,
  fingerprint: Fingerprint,
): CheckWorthySentence[] {
  const sentences = doc.sentences?.length ? doc.sentences : splitSentences(doc.text)
  const found: CheckWorthySentence[] = []
  let cursor = 0
  for (const sentence of sentences) {
    const length = sentence.end - sentence.start
    if (length < MIN_SENTENCE_CHARS || length > MAX_SENTENCE_CHARS) continue
    while (
      cursor < fingerprint.anchors.length &&
      fingerprint.anchors[cursor]!.start < sentence.start
    )
      cursor++
    const anchors: Anchor[] = []
    for (let at = cursor; at < fingerprint.anchors.length; at++) {
      const anchor = fingerprint.anchors[at]!
      if (anchor.start >= sentence.end) break
      if (anchor.kind !== 'url') anchors.push(anchor)
    }
    if (new Set(anchors.map((anchor) => anchor.key)).size < MIN_ANCHORS) continue
    const sourcing = (doc.sourcing ?? []).filter(
      (item) => item.sentence.start < sentence.end && item.sentence.end > sentence.start,
    )
    const reasons: ClaimOccurrence['reasons'] = []
    if (anchors.some((anchor) => FIGURE_KINDS.has(anchor.kind))) reasons.push('figure')
    if (CAUSAL.test(foldWord(sentence.text))) reasons.push('causal')
    if (sourcing.length > 0) reasons.push('attributed')
    if (reasons.length === 0) continue
    found.push({
      document: fingerprint.index,
      anchors,
      occurrence: {
        document: doc.id,
        lang: doc.lang,
        sentence: { start: sentence.start, end: sentence.end, text: sentence.text },
        reasons,
        sourcing: sourcing.map((item) => ({
          kind: item.kind,
          canonical: item.canonical,
          text: item.text,
        })),
      },
    })
  }
  return found
}

function splitSentences(text: string): { start: number; end: number; text: string }[] {
  return [...text.matchAll(SENTENCE)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: match[0],
  }))
}
