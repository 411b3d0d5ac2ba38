/** A connection URL without its password, for messages and `store.location`. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    // Not parseable as a URL: say nothing of it rather than risk printing a secret.
    return 'postgres://(unparseable URL)'
  }
}
