/** The pages of the workbench, read from the path. */
export type Route =
  | { readonly page: 'search' }
  | { readonly page: 'document'; readonly storeId: number }
  | { readonly page: 'dashboard' }
  | { readonly page: 'analyse' }
  | { readonly page: 'not-found' }

const DOCUMENT_PATH = /^\/documents\/(\d+)\/?$/u

/** Which page a path shows; `/` is the search page. */
export function matchRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '/search' || pathname === '/search/')
    return { page: 'search' }
  if (pathname.startsWith('/dashboard')) return { page: 'dashboard' }
  if (pathname.startsWith('/analyse')) return { page: 'analyse' }
  const document = DOCUMENT_PATH.exec(pathname)
  if (document) return { page: 'document', storeId: Number(document[1]) }
  return { page: 'not-found' }
}
