import type { AnalyzedDocument } from '../contracts/document.ts'
import { documentClaims } from './document-claims.ts'
import { articleReference } from './to-news-article.ts'

type JsonLd = Record<string, unknown>

/**
 * How the drafts leave the verdict to the fact-checker: no reviewRating, no author, no date of review. Those
 * three are what a ClaimReview asserts; Narrascope only finds the claim and where it appeared.
 */
export const CLAIM_REVIEW_NOTE =
  'Draft ClaimReview from Narrascope: the claim and where it appeared. Narrascope does not judge truth; the fact-checker adds reviewRating (their verdict), author (their organisation) and datePublished before publishing.'

const ANONYMOUS = 'anonymous'

/**
 * Draft schema.org ClaimReview objects for the check-worthy sentences of a document (a figure or date, a cause,
 * or information attributed to a source, with two anchors or more), with the article as the claim's appearance
 * and the named source, when the sourcing layer found one, as the claim's author.
 */
export function toClaimReviews(document: AnalyzedDocument): JsonLd[] {
  return documentClaims(document).map((occurrence) => {
    const source = occurrence.sourcing.find((item) => item.kind !== ANONYMOUS)
    return {
      '@type': 'ClaimReview',
      creativeWorkStatus: 'Draft',
      disambiguatingDescription: CLAIM_REVIEW_NOTE,
      claimReviewed: occurrence.sentence.text,
      ...(occurrence.lang ? { inLanguage: occurrence.lang } : {}),
      itemReviewed: {
        '@type': 'Claim',
        appearance: articleReference(document),
        ...(source
          ? {
              author: {
                '@type': source.kind === 'named' ? 'Person' : 'Organization',
                name: source.canonical ?? source.text,
              },
            }
          : {}),
      },
      keywords: occurrence.reasons,
    }
  })
}
