import type { ClaimsResult } from '../contracts/link.ts'
import { anchorStatistics } from './anchor-statistics.ts'
import { findClaimGroups } from './find-claim-groups.ts'
import { fingerprintDocument } from './fingerprint-document.ts'
import type { LinkableDocument } from './linkable-document.ts'

/**
 * Check-worthy claims across a corpus, grouped across documents and languages; what `narrascope claims` prints.
 * @example
 * for (const claim of listClaims(documents).claims) console.log(claim.documents.length, claim.text)
 */
export function listClaims(docs: readonly LinkableDocument[]): ClaimsResult {
  const fingerprints = docs.map(fingerprintDocument)
  return { claims: findClaimGroups(docs, fingerprints, anchorStatistics(fingerprints)) }
}
