import type { AnalyzedDocument } from '../contracts/document.ts'
import type { ClaimOccurrence } from '../contracts/link.ts'
import { findCheckWorthySentences } from '../link/find-check-worthy-sentences.ts'
import { fingerprintDocument } from '../link/fingerprint-document.ts'

/**
 * The check-worthy sentences of one document (a figure or date, a cause, or attributed information, with two
 * language-independent anchors or more), with why and who is cited: the claims the reader shows and the
 * ClaimReview export drafts.
 */
export function documentClaims(document: AnalyzedDocument): ClaimOccurrence[] {
  return findCheckWorthySentences(document, fingerprintDocument(document, 0)).map(
    (sentence) => sentence.occurrence,
  )
}
