import { createContext, type ReactNode, useCallback, useEffect, useMemo, useState } from 'react'

/** Where the page is and how to move: the browser's history, without reloading the page. */
export interface Router {
  readonly pathname: string
  readonly search: URLSearchParams
  /** Goes to a path of this app; `replace` rewrites the current entry (typing in a search box). */
  navigate(to: string, options?: { replace?: boolean }): void
}

/** The current location; read it with `useRouter()`. */
export const RouterContext = createContext<Router | null>(null)

function readLocation(): { pathname: string; search: string } {
  return { pathname: window.location.pathname, search: window.location.search }
}

/** Follows the browser's history (back and forward buttons) and offers `navigate` to the pages below. */
export function RouterProvider({ children }: { children: ReactNode }) {
  const [location, setLocation] = useState(readLocation)
  useEffect(() => {
    const onPopState = () => setLocation(readLocation())
    window.addEventListener('popstate', onPopState)
    return () => window.removeEventListener('popstate', onPopState)
  }, [])
  const navigate = useCallback((to: string, options?: { replace?: boolean }) => {
    const current = `${window.location.pathname}${window.location.search}`
    if (to === current) return
    if (options?.replace) window.history.replaceState(null, '', to)
    else window.history.pushState(null, '', to)
    setLocation(readLocation())
  }, [])
  const router = useMemo<Router>(
    () => ({
      pathname: location.pathname,
      search: new URLSearchParams(location.search),
      navigate,
    }),
    [location, navigate],
  )
  return <RouterContext value={router}>{children}</RouterContext>
}
