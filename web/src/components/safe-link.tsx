import { safeHttpUrl } from '@src/report/safe-http-url.ts'

/**
 * An outbound link to an address read from a document: a link only for http(s) URLs (never `javascript:`,
 * `data:` or relative), opened without referrer or opener; anything else is shown as plain text.
 */
export function SafeLink({ url, children }: { url: string | undefined; children?: string }) {
  const href = safeHttpUrl(url)
  const label = children ?? url ?? ''
  if (!href) return <span className="unlinked-url">{label}</span>
  return (
    <a href={href} target="_blank" rel="noopener noreferrer nofollow" className="external-link">
      {label}
    </a>
  )
}
