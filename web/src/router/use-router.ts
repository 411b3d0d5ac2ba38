import { use } from 'react'
import { type Router, RouterContext } from './router-provider.tsx'

/** The current location and `navigate`; throws when used outside `<RouterProvider>`. */
export function useRouter(): Router {
  const router = use(RouterContext)
  if (!router) throw new Error('useRouter() needs a <RouterProvider> above it')
  return router
}
