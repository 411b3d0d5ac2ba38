const LINKABLE_PROTOCOLS = new Set(['http:', 'https:'])

/** The normalised URL when it is an absolute http(s) URL, else null (no `javascript:`, `data:`, relative). */
export function safeHttpUrl(url: string | undefined): string | null {
  if (url === undefined || !URL.canParse(url)) return null
  const parsed = new URL(url)
  // `href` percent-encodes spaces, quotes and angle brackets, so it fits a Markdown `<…>` destination.
  return LINKABLE_PROTOCOLS.has(parsed.protocol) ? parsed.href : null
}
