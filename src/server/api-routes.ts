import type { ApiRoute } from './define-route.ts'
import { getDocumentRoute, listDocumentsRoute } from './routes/documents.ts'
import { healthRoute } from './routes/health.ts'
import { searchRoute } from './routes/search.ts'
import { statsRoute } from './routes/stats.ts'

/** Every API route, listed once: the app mounts them and the OpenAPI document describes them. */
export const API_ROUTES: readonly ApiRoute[] = [
  healthRoute,
  searchRoute,
  listDocumentsRoute,
  getDocumentRoute,
  statsRoute,
]
