import type { Context } from 'hono'
import type { ServerServices } from './server-services.ts'

/** What a route handler works with: the server's services and the Hono context of the request. */
export interface RouteContext {
  services: ServerServices
  c: Context
}
