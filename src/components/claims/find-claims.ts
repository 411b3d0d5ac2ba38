import type { Claim, ClaimReason, Sourcing } from '../../contracts/annotations.ts'
import type { Span } from '../../contracts/span.ts'
import { foldWord } from '../../doc/tokenize.ts'
import type { Anchor } from '../../link/anchor.ts'
import { CAUSAL_CUES } from './causal-cues.ts'

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
// Check-worthiness by what the sentence does; a rule score, not a calibrated probability: a sentence stating a
// figure is worth checking, one that also gives a cause or names its source more so (the reasons add up).
const BASE_SCORE = 0.3
const REASON_SCORES: Readonly<Record<ClaimReason, number>> = {
  figure: 0.3,
  causal: 0.2,
  attributed: 0.15,
}
// Each anchor beyond the two required makes the claim more specific, up to this many.
const ANCHOR_BONUS = 0.025
const MAX_BONUS_ANCHORS = 2

/** What `findClaims` reads: the text, its sentences (else it splits them), its anchors and its sourcing. */
export interface ClaimInput {
  readonly text: string
  readonly sentences?: readonly Span[] | undefined
  readonly sourcing?: readonly Sourcing[] | undefined
}

/**
 * The check-worthy claims of a document: sentences stating a figure or a date, a cause or responsibility, or
 * information attributed to a source, that carry at least two language-independent anchors (so that the same
 * claim can be found in other languages). A rule set, not a trained check-worthiness model: it over-selects
 * factual sentences and misses claims without names or figures.
 */
export function findClaims(input: ClaimInput, anchors: readonly Anchor[]): Claim[] {
  const sentences = input.sentences?.length ? input.sentences : splitSentences(input.text)
  const claims: Claim[] = []
  // Both lists are walked once in text order: a long text has as many sourcing spans as sentences.
  const sourced = [...(input.sourcing ?? [])].sort((x, y) => x.sentence.start - y.sentence.start)
  let cursor = 0
  let firstSource = 0
  for (const sentence of sentences) {
    const length = sentence.end - sentence.start
    if (length < MIN_SENTENCE_CHARS || length > MAX_SENTENCE_CHARS) continue
    while (cursor < anchors.length && anchors[cursor]!.start < sentence.start) cursor++
    const inside: Anchor[] = []
    for (let at = cursor; at < anchors.length && anchors[at]!.start < sentence.end; at++) {
      if (anchors[at]!.kind !== 'url') inside.push(anchors[at]!)
    }
    const keys = [...new Set(inside.map((anchor) => anchor.key))]
    if (keys.length < MIN_ANCHORS) continue
    while (firstSource < sourced.length && sourced[firstSource]!.sentence.end <= sentence.start)
      firstSource++
    const sourcing: Sourcing[] = []
    for (let at = firstSource; at < sourced.length; at++) {
      const item = sourced[at]!
      if (item.sentence.start >= sentence.end) break
      if (item.sentence.end > sentence.start) sourcing.push(item)
    }
    const reasons: ClaimReason[] = []
    if (inside.some((anchor) => FIGURE_KINDS.has(anchor.kind))) reasons.push('figure')
    if (CAUSAL.test(foldWord(sentence.text))) reasons.push('causal')
    if (sourcing.length > 0) reasons.push('attributed')
    if (reasons.length === 0) continue
    const bonus = Math.min(MAX_BONUS_ANCHORS, keys.length - MIN_ANCHORS) * ANCHOR_BONUS
    const score =
      BASE_SCORE + bonus + reasons.reduce((sum, reason) => sum + REASON_SCORES[reason], 0)
    claims.push({
      start: sentence.start,
      end: sentence.end,
      text: sentence.text,
      checkworthiness: Math.round(Math.min(1, score) * 1000) / 1000,
      reasons,
      anchors: keys,
      sourcing: sourcing.map((item) => ({
        kind: item.kind,
        canonical: item.canonical,
        text: item.text,
      })),
    })
  }
  return claims
}

function splitSentences(text: string): Span[] {
  return [...text.matchAll(SENTENCE)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: match[0],
  }))
}
