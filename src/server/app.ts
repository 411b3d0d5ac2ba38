import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { timeout } from 'hono/timeout'
import { PIPELINE_VERSION } from '../pipeline/create-pipeline.ts'
import { API_ROUTES } from './api-routes.ts'
import { APP_DEFAULTS, type AppOptions } from './app-options.ts'
import { buildOpenApiDocument } from './build-openapi-document.ts'
import { handleError, handleNotFound } from './errors.ts'
import { mountRoutes } from './mount-routes.ts'
import { securityHeaders } from './security-headers.ts'
import { DEFAULT_WEB_DIST, serveWebUi } from './serve-web-ui.ts'
import { createServerServices, type ServerServices } from './server-services.ts'
import { withoutUndefined } from './without-undefined.ts'

/** An app and what it holds open; `close` stops its analysis threads (the store is the caller's to close). */
export interface NarrascopeApp {
  app: Hono
  services: ServerServices
  close(): Promise<void>
}

/**
 * Builds the Hono app: the API under /api (routes from API_ROUTES, errors mapped once in onError), the
 * OpenAPI document at /api/openapi.json, and the built web UI at `/`.
 * @example
 * const { app } = createApp({ store: await openStore('./narrascope-data'), token })
 * const response = await app.request('/api/search?q=election')
 */
export function createApp(options: AppOptions): NarrascopeApp {
  const { store, token, webDist, ...given } = options
  const settings = { ...APP_DEFAULTS, ...withoutUndefined(given) }
  const services = createServerServices(store, settings)
  const app = new Hono()
  app.use('*', securityHeaders())
  app.use(
    '/api/*',
    timeout(
      settings.requestTimeoutMs,
      () =>
        new HTTPException(504, {
          message: `no answer within ${settings.requestTimeoutMs} ms`,
        }),
    ),
  )
  mountRoutes(app, API_ROUTES, services, { token, isPublic: settings.isPublic })
  const openApi = buildOpenApiDocument(API_ROUTES, {
    title: 'Narrascope API',
    version: PIPELINE_VERSION,
  })
  app.get('/api/openapi.json', (c) => c.json(openApi))
  app.all('/api/*', (c) => handleNotFound(c))
  app.all('/api', (c) => handleNotFound(c))
  serveWebUi(app, webDist === undefined ? DEFAULT_WEB_DIST : webDist)
  app.notFound(handleNotFound)
  app.onError(handleError)
  return { app, services, close: () => services.close() }
}
