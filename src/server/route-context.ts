import type { Context } from 'hono'
import type { AccessPolicy } from './check-access.ts'
import type { ServerServices } from './server-services.ts'

/** What a route handler works with: the server's services, the request's Hono context, the access policy. */
export interface RouteContext {
  services: ServerServices
  c: Context
  /** Who may read and write; a route whose access depends on its body checks it again. */
  policy: AccessPolicy
}
