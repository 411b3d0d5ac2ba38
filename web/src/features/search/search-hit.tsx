import type { SearchHit } from '@src/contracts/store.ts'
import { useMemo } from 'react'
import { HeadingText } from '../../components/heading-text.tsx'
import { Highlighted, type HighlightSpan } from '../../components/highlighted.tsx'
import { useI18n } from '../../i18n/use-i18n.ts'
import { AppLink } from '../../router/app-link.tsx'

/**
 * One ranked result: its title or first sentence (a link to the reader), where and when it appeared, and the
 * matched words.
 */
export function SearchHitItem({ hit, languageName }: { hit: SearchHit; languageName: string }) {
  const { language } = useI18n()
  const matches = useMemo<HighlightSpan[]>(
    () => hit.snippet.highlights.map((range) => ({ ...range, className: 'hl-match' })),
    [hit.snippet.highlights],
  )
  return (
    <li className="hit" lang={hit.lang ?? undefined}>
      <h3 className="hit-title">
        <AppLink to={`/documents/${hit.storeId}`}>
          <HeadingText heading={hit.heading} />
        </AppLink>
      </h3>
      <p className="hit-meta" lang={language}>
        {[hit.outlet, languageName, hit.published?.slice(0, 10)].filter(Boolean).join(' · ')}
      </p>
      <Highlighted className="hit-snippet" text={hit.snippet.text} spans={matches} />
    </li>
  )
}
