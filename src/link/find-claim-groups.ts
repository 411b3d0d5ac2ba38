import { findClaims } from '../components/claims/find-claims.ts'
import type { ClaimGroup, ClaimOccurrence } from '../contracts/link.ts'
import type { Anchor } from './anchor.ts'
import type { AnchorStatistics } from './anchor-statistics.ts'
import { claimOccurrence } from './claim-occurrence.ts'
import type { Fingerprint } from './fingerprint-document.ts'
import type { LinkableDocument } from './linkable-document.ts'
import { skeletonsMatch } from './name-key.ts'
import { UnionFind } from './union-find.ts'

// Two sentences carry the same claim when the anchors they share make up this much of the lighter one's weight.
const MIN_CLAIM_OVERLAP = 0.6
const MIN_SHARED_ANCHORS = 2
// An anchor in more sentences than this is background ("Kazakhstan"): it does not propose candidates.
const MAX_POSTINGS = 64
const NAME_KINDS = new Set<Anchor['kind']>(['name', 'acronym'])

/** One document's check-worthy claim, with the anchors it states. */
interface CheckWorthySentence {
  readonly anchors: readonly Anchor[]
  readonly occurrence: ClaimOccurrence
}

/**
 * Check-worthy claims across the corpus, grouped when several sentences (in any language) state the same
 * figures, dates and names; groups carried by the most documents first.
 */
export function findClaimGroups(
  docs: readonly LinkableDocument[],
  fingerprints: readonly Fingerprint[],
  statistics: AnchorStatistics,
): ClaimGroup[] {
  const sentences = docs.flatMap((doc, index) => claimsOf(doc, fingerprints[index]!))
  const weighed = sentences.map((sentence) => weigh(sentence, statistics))
  const sets = new UnionFind(sentences.length)
  const postings = new Map<string, number[]>()
  sentences.forEach((sentence, index) => {
    const candidates = new Set<number>()
    // Only figures and dates propose candidates: a shared one is required, and names are everywhere.
    const figureKeys = sentence.anchors.filter((anchor) => !NAME_KINDS.has(anchor.kind))
    for (const key of new Set(figureKeys.map((anchor) => anchor.key))) {
      const list = postings.get(key)
      if (!list) {
        postings.set(key, [index])
        continue
      }
      for (const other of list) candidates.add(other)
      if (list.length < MAX_POSTINGS) list.push(index)
    }
    for (const other of candidates) {
      if (isSameClaim(weighed[index]!, weighed[other]!)) sets.union(index, other)
    }
  })
  const groups = sets.groups().map((members) => claimGroup(members.map((at) => sentences[at]!)))
  return groups.sort(
    (x, y) =>
      y.documents.length - x.documents.length || y.occurrences.length - x.occurrences.length,
  )
}

// The document's \`claims\` layer when the pipeline assigned it, else the same rules run here; each claim with the
// anchors of its span, which carry the kinds and skeletons that grouping compares.
function claimsOf(doc: LinkableDocument, fingerprint: Fingerprint): CheckWorthySentence[] {
  const claims = [...(doc.claims ?? findClaims(doc, fingerprint.anchors))].sort(
    (x, y) => x.start - y.start,
  )
  const { anchors } = fingerprint
  let cursor = 0
  return claims.map((claim) => {
    // Claims and anchors are both in text order: one walk over the anchors.
    while (cursor < anchors.length && anchors[cursor]!.start < claim.start) cursor++
    const inside: Anchor[] = []
    for (let at = cursor; at < anchors.length && anchors[at]!.start < claim.end; at++) {
      if (anchors[at]!.kind !== 'url') inside.push(anchors[at]!)
    }
    return { anchors: inside, occurrence: claimOccurrence(doc, claim) }
  })
}

interface WeighedSentence {
  readonly anchors: readonly Anchor[]
  readonly weights: readonly number[]
  readonly total: number
}

function weigh(sentence: CheckWorthySentence, statistics: AnchorStatistics): WeighedSentence {
  const weights = sentence.anchors.map((anchor) => statistics.weight(anchor))
  return {
    anchors: sentence.anchors,
    weights,
    total: weights.reduce((sum, weight) => sum + weight, 0),
  }
}

function isSameClaim(a: WeighedSentence, b: WeighedSentence): boolean {
  let shared = 0
  let sharedCount = 0
  let sharesFigure = false
  const used = new Set<number>()
  a.anchors.forEach((anchor, at) => {
    const match = b.anchors.findIndex(
      (other, index) =>
        !used.has(index) &&
        other.key === anchor.key &&
        (!other.skeleton || !anchor.skeleton || skeletonsMatch(other.skeleton, anchor.skeleton)),
    )
    if (match < 0) return
    used.add(match)
    shared += a.weights[at]!
    sharedCount++
    if (!NAME_KINDS.has(anchor.kind)) sharesFigure = true
  })
  const lighter = Math.min(a.total, b.total)
  return (
    sharesFigure &&
    sharedCount >= MIN_SHARED_ANCHORS &&
    lighter > 0 &&
    shared / lighter >= MIN_CLAIM_OVERLAP
  )
}

function claimGroup(members: readonly CheckWorthySentence[]): ClaimGroup {
  const first = members[0]!
  const keyCounts = new Map<string, { count: number; text: string }>()
  for (const member of members) {
    for (const anchor of new Map(member.anchors.map((item) => [item.key, item])).values()) {
      const entry = keyCounts.get(anchor.key)
      if (entry) entry.count++
      else keyCounts.set(anchor.key, { count: 1, text: anchor.text })
    }
  }
  const needed = members.length > 1 ? 2 : 1
  return {
    id: `claim:${first.occurrence.document}:${first.occurrence.sentence.start}`,
    text: first.occurrence.sentence.text.trim(),
    anchors: [...keyCounts.values()]
      .filter((entry) => entry.count >= needed)
      .map((entry) => entry.text),
    documents: [...new Set(members.map((member) => member.occurrence.document))],
    languages: [...new Set(members.map((member) => member.occurrence.lang ?? 'und'))].sort(),
    occurrences: members.map((member) => member.occurrence),
  }
}
