import type { ClaimGroup, LinkEdge, Story } from '../contracts/link.ts'
import type { DocumentFacts } from './document-facts.ts'
import type { LinkableDocument } from './linkable-document.ts'

// Three shared claims make a full-strength link.
const CLAIMS_FOR_FULL_SCORE = 3
const MAX_EXAMPLES = 3

/**
 * Links documents of different stories that carry the same claim. Each claim links its earliest document to
 * every other one (a star, not all pairs), which keeps a claim repeated by a thousand articles linear.
 */
export function sharedClaimLinks(
  claims: readonly ClaimGroup[],
  docs: readonly LinkableDocument[],
  facts: readonly DocumentFacts[],
  storyOf: ReadonlyMap<string, Story>,
): LinkEdge[] {
  const dateOf = new Map(docs.map((doc, index) => [doc.id, facts[index]!.published ?? '9999']))
  const pairs = new Map<string, { from: string; to: string; claims: string[] }>()
  for (const claim of claims) {
    if (claim.documents.length < 2) continue
    const [first, ...others] = [...claim.documents].sort((x, y) =>
      (dateOf.get(x) ?? '').localeCompare(dateOf.get(y) ?? ''),
    )
    for (const other of others) {
      const story = storyOf.get(first!)
      if (story && story === storyOf.get(other)) continue
      const key = `${first}>${other}`
      const entry = pairs.get(key) ?? { from: first!, to: other, claims: [] }
      entry.claims.push(claim.text)
      pairs.set(key, entry)
    }
  }
  return [...pairs.values()].map(({ from, to, claims: shared }) => ({
    from,
    to,
    kind: 'shared-claim',
    score: Math.min(1, shared.length / CLAIMS_FOR_FULL_SCORE),
    evidence: {
      method: 'claim',
      summary: `${shared.length} check-worthy claim(s) with the same figures, dates and names`,
      measures: { sharedClaims: shared.length },
      shared: shared.slice(0, MAX_EXAMPLES).map((text) => text.slice(0, 200)),
    },
  }))
}
