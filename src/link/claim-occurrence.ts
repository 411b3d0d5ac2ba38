import type { Claim } from '../contracts/annotations.ts'
import type { ClaimOccurrence } from '../contracts/link.ts'
import type { LinkableDocument } from './linkable-document.ts'

/** A document's claim as one occurrence of a claim across the corpus: where, in which language, and its sourcing. */
export function claimOccurrence(
  doc: Pick<LinkableDocument, 'id' | 'lang'>,
  claim: Claim,
): ClaimOccurrence {
  return {
    document: doc.id,
    lang: doc.lang,
    sentence: { start: claim.start, end: claim.end, text: claim.text },
    reasons: claim.reasons,
    checkworthiness: claim.checkworthiness,
    sourcing: claim.sourcing,
  }
}
