// Parameters that track a click, not the page: two URLs that differ only by them name the same article.
const TRACKING_PARAMETER = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|yclid|ocid)$/iu

/**
 * Normalises an article URL for identity: lower-case scheme and host, no fragment, no tracking parameters,
 * no trailing slash. Returns null for a string that is not an absolute URL.
 */
export function normalizeUrl(url: string | undefined): string | null {
  if (url === undefined || url.trim() === '') return null
  let parsed: URL
  try {
    parsed = new URL(url.trim())
  } catch {
    // Not an absolute URL (a relative link in a record, say): it cannot identify the article.
    return null
  }
  parsed.hash = ''
  for (const name of [...parsed.searchParams.keys()]) {
    if (TRACKING_PARAMETER.test(name)) parsed.searchParams.delete(name)
  }
  if (parsed.pathname.length > 1 && parsed.pathname.endsWith('/'))
    parsed.pathname = parsed.pathname.slice(0, -1)
  return parsed.toString()
}
