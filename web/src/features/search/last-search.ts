const STORAGE_KEY = 'narrascope.lastSearch'

/** Remembers the search the analyst last looked at (its query string), for the reader's way back. */
export function rememberLastSearch(queryString: string): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, queryString)
  } catch {
    // Storage disabled: "back to results" then goes to an empty search, which is still a way back.
  }
}

/** The path of the last search page seen in this tab, or the empty search. */
export function lastSearchPath(): string {
  try {
    return `/search${sessionStorage.getItem(STORAGE_KEY) ?? ''}`
  } catch {
    // Same as above.
    return '/search'
  }
}
