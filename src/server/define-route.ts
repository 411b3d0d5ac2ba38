import type { z } from 'zod'
import type { RouteContext } from './route-context.ts'

/** Who may call a route: `read` is open on loopback (or everywhere with --public), `write` needs the token. */
export type Access = 'read' | 'write'

/** What a handler gets: the request's path parameters, query and JSON body, each already validated. */
export interface RouteInput<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> {
  params: z.output<P>
  query: z.output<Q>
  body: z.output<B>
}

/**
 * One API route: its method, path, schemas and handler. The same definition mounts the route on the app,
 * validates its input and output, and writes its entry in the OpenAPI document.
 */
export interface RouteDefinition<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
> {
  method: 'get' | 'post' | 'delete'
  /** OpenAPI form: `/api/documents/{storeId}`. */
  path: string
  operationId: string
  summary: string
  description?: string
  tag: string
  access: Access
  params?: P
  query?: Q
  /** A JSON body. */
  body?: B
  /** The route also takes multipart/form-data (files); its handler reads the form itself. */
  multipart?: boolean
  /** The body may be as large as an upload (maxUploadBytes), not only a JSON request (maxJsonBytes). */
  takesUploads?: boolean
  /** The JSON answer of a 2xx response, and its name in the OpenAPI components. */
  response: R
  responseName: string
  /** When the handler answers with its own Response (exports), the content types it may have. */
  rawContentTypes?: readonly string[]
  status?: 200 | 201
  handle(input: RouteInput<P, Q, B>, context: RouteContext): Promise<z.input<R> | Response>
}

/** Any route, with its types erased, as the app and the OpenAPI builder see them. */
export type ApiRoute = RouteDefinition<z.ZodType, z.ZodType, z.ZodType, z.ZodType>

/**
 * Declares a route with its types inferred from its schemas.
 * @example
 * export const getStats = defineRoute({ method: 'get', path: '/api/stats', query: StatsParamsSchema, … })
 */
export function defineRoute<
  P extends z.ZodType,
  Q extends z.ZodType,
  B extends z.ZodType,
  R extends z.ZodType,
>(route: RouteDefinition<P, Q, B, R>): ApiRoute {
  return route as unknown as ApiRoute
}
