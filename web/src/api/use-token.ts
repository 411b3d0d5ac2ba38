import { useCallback, useState } from 'react'

const STORAGE_KEY = 'narrascope.token'

function readToken(): string {
  try {
    return localStorage.getItem(STORAGE_KEY) ?? ''
  } catch {
    // Storage disabled by policy: the analyst types the token for each visit.
    return ''
  }
}

/**
 * The write token, remembered in this browser. The UI renders no untrusted HTML, which is what makes
 * keeping it in storage acceptable; the server still checks it on every write.
 */
export function useToken(): [string, (token: string) => void] {
  const [token, setTokenState] = useState(readToken)
  const setToken = useCallback((next: string) => {
    setTokenState(next)
    try {
      localStorage.setItem(STORAGE_KEY, next)
    } catch {
      // Same as above: the token then lasts for this page only.
    }
  }, [])
  return [token, setToken]
}
