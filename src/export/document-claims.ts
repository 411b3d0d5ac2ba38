import { findClaims } from '../components/claims/find-claims.ts'
import type { AnalyzedDocument } from '../contracts/document.ts'
import type { ClaimOccurrence } from '../contracts/link.ts'
import { claimOccurrence } from '../link/claim-occurrence.ts'
import { findAnchors } from '../link/find-anchors.ts'

/**
 * The check-worthy claims of one document (its `claims` layer, or the same rules when it was analysed without it),
 * with why and who is cited: the claims the reader shows and the ClaimReview export drafts.
 */
export function documentClaims(document: AnalyzedDocument): ClaimOccurrence[] {
  const claims = document.claims ?? findClaims(document, findAnchors(document))
  return claims.map((claim) => claimOccurrence(document, claim))
}
