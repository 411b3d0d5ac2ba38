import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { serveStatic } from '@hono/node-server/serve-static'
import type { Context, Hono, MiddlewareHandler } from 'hono'

/** Where `npm run build:web` writes the web UI. */
export const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url))

const MISSING_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Narrascope: web UI not built</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; line-height: 1.5">
<h1>The web UI is not built</h1>
<p>Run <code>npm run build:web</code> in the Narrascope folder, then reload this page.</p>
<p>The HTTP API works meanwhile: see <a href="/api/openapi.json">/api/openapi.json</a>.</p>
</body></html>`

// Vite names built assets by content hash, so they never change under their name; index.html names them.
const HASHED_ASSET = /[\\/]assets[\\/][^\\/]+$/u

function setCaching(path: string, c: Context): void {
  c.header(
    'Cache-Control',
    HASHED_ASSET.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
  )
}

/**
 * Serves the built web UI at `/`: its files, and index.html for any other GET outside /api so the client
 * router can take the path. Without a build, a page that says how to make one (503).
 */
export function serveWebUi(app: Hono, webDist: string | null): void {
  const isUiPath = (path: string) => path !== '/api' && !path.startsWith('/api/')
  // Made on the first request that finds a build, so a server started before `npm run build:web` picks it up.
  let handlers: { files: MiddlewareHandler; index: MiddlewareHandler } | null = null
  app.get('*', async (c, next) => {
    if (!isUiPath(c.req.path)) return next()
    if (webDist === null || !existsSync(join(webDist, 'index.html')))
      return c.html(MISSING_PAGE, 503)
    handlers ??= {
      files: serveStatic({ root: webDist, onFound: (path, c) => setCaching(path, c) }),
      index: serveStatic({
        path: join(webDist, 'index.html'),
        onFound: (_path, c) => {
          c.header('Cache-Control', 'no-cache')
        },
      }),
    }
    const served = await handlers.files(c, async () => undefined)
    if (served) return served
    return (await handlers.index(c, next)) ?? next()
  })
}
