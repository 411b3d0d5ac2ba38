import type { ApiRoute } from './define-route.ts'
import { analyseRoute } from './routes/analyse.ts'
import { deleteDocumentRoute, getDocumentRoute, listDocumentsRoute } from './routes/documents.ts'
import { getEntityRoute, listEntitiesRoute } from './routes/entities.ts'
import { exportRoute } from './routes/export.ts'
import { healthRoute } from './routes/health.ts'
import { ingestRoute } from './routes/ingest.ts'
import { listNarrativesRoute, narrativeTimelineRoute } from './routes/narratives.ts'
import { searchRoute } from './routes/search.ts'
import { statsRoute } from './routes/stats.ts'
import { documentStoryRoute, listStoriesRoute } from './routes/stories.ts'
import { timelinesRoute } from './routes/timelines.ts'
import { uploadRoute } from './routes/upload.ts'

/** Every API route, listed once: the app mounts them and the OpenAPI document describes them. */
export const API_ROUTES: readonly ApiRoute[] = [
  healthRoute,
  searchRoute,
  listDocumentsRoute,
  getDocumentRoute,
  deleteDocumentRoute,
  documentStoryRoute,
  statsRoute,
  listEntitiesRoute,
  getEntityRoute,
  listNarrativesRoute,
  narrativeTimelineRoute,
  timelinesRoute,
  listStoriesRoute,
  exportRoute,
  analyseRoute,
  uploadRoute,
  ingestRoute,
]
