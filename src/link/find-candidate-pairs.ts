import type { Fingerprint } from './fingerprint-document.ts'
import { hashString } from './hash-string.ts'

// A posting list stops growing at this many documents: a shingle or anchor pair that common is boilerplate or the
// event's background ("Kazakhstan > Tokayev"), and capping keeps the cost per document bounded at any corpus
// size. Copies of a viral text still meet through their many rarer shingles, and stories are transitive.
const MAX_POSTINGS = 32
// Two shared sampled shingles (about eight five-word sequences) or three shared anchor pairs make a candidate.
const MIN_SHARED_SHINGLES = 2
const MIN_SHARED_ANCHOR_GRAMS = 3
// Each document is scored against at most this many candidates, the most promising first.
const MAX_CANDIDATES_PER_DOCUMENT = 24
// A sampled shingle is rarer evidence than an anchor pair; this ranks candidates by both.
const SHINGLE_PRIORITY = 4
// Anchor pairs also skip one anchor, so that an inserted or lost anchor leaves the next pair intact.
const GRAM_SKIPS = [1, 2]

/** Two documents worth scoring, with what they were found to share. */
export interface CandidatePair {
  readonly a: number
  readonly b: number
  readonly sharedShingles: number
  readonly sharedAnchorGrams: number
}

/**
 * Candidate pairs through two inverted indexes, without comparing all pairs: sampled word shingles (same language)
 * and ordered pairs of anchors (any language). Documents are indexed one after the other, each querying the
 * earlier ones, so the work grows with the corpus times the capped posting lengths.
 */
export function findCandidatePairs(fingerprints: readonly Fingerprint[]): CandidatePair[] {
  const shinglePostings = new Map<number, Posting>()
  const gramPostings = new Map<number, Posting>()
  const shingleCounts = new Int32Array(fingerprints.length)
  const gramCounts = new Int32Array(fingerprints.length)
  const pairs: CandidatePair[] = []
  for (const fingerprint of fingerprints) {
    const touched: number[] = []
    const count = (counts: Int32Array, other: number) => {
      if (shingleCounts[other] === 0 && gramCounts[other] === 0) touched.push(other)
      counts[other]! += 1
    }
    visitPostings(shinglePostings, fingerprint.shingles, fingerprint.index, (other) =>
      count(shingleCounts, other),
    )
    visitPostings(gramPostings, anchorGrams(fingerprint), fingerprint.index, (other) =>
      count(gramCounts, other),
    )
    const found: CandidatePair[] = []
    for (const other of touched) {
      const sharedShingles = shingleCounts[other]!
      const sharedAnchorGrams = gramCounts[other]!
      if (sharedShingles >= MIN_SHARED_SHINGLES || sharedAnchorGrams >= MIN_SHARED_ANCHOR_GRAMS)
        found.push({ a: other, b: fingerprint.index, sharedShingles, sharedAnchorGrams })
      shingleCounts[other] = 0
      gramCounts[other] = 0
    }
    found.sort((x, y) => priority(y) - priority(x))
    pairs.push(...found.slice(0, MAX_CANDIDATES_PER_DOCUMENT))
  }
  return pairs
}

function priority(pair: CandidatePair): number {
  return pair.sharedShingles * SHINGLE_PRIORITY + pair.sharedAnchorGrams
}

// Most shingles occur in one document only: a posting holds that document as a bare number until a second
// one arrives, which keeps 100 000 documents' postings within a few hundred megabytes.
type Posting = number | number[]

function visitPostings(
  postings: Map<number, Posting>,
  keys: Iterable<number>,
  document: number,
  visit: (other: number) => void,
): void {
  for (const key of keys) {
    const posting = postings.get(key)
    if (posting === undefined) {
      postings.set(key, document)
    } else if (typeof posting === 'number') {
      visit(posting)
      postings.set(key, [posting, document])
    } else {
      for (const other of posting) visit(other)
      if (posting.length < MAX_POSTINGS) posting.push(document)
    }
  }
}

// Hashes of ordered anchor pairs ("#3000>D3-8", "NTMR>D3-7"): shared by versions in any language.
function anchorGrams(fingerprint: Fingerprint): Set<number> {
  const keys: string[] = []
  for (const anchor of fingerprint.anchors) {
    if (keys[keys.length - 1] !== anchor.key) keys.push(anchor.key)
  }
  const grams = new Set<number>()
  for (let index = 0; index < keys.length; index++) {
    for (const skip of GRAM_SKIPS) {
      const next = keys[index + skip]
      if (next !== undefined) grams.add(hashString(`${keys[index]}>${next}`))
    }
  }
  return grams
}
