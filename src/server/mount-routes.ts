import type { Context, Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { z } from 'zod'
import { type AccessPolicy, checkAccess } from './check-access.ts'
import type { ApiRoute } from './define-route.ts'
import { ApiError, describeZodError, errorBody } from './errors.ts'
import type { ServerServices } from './server-services.ts'

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\b/iu
const MULTIPART_TYPE = /^multipart\/form-data\b/iu
// Hono path syntax for the OpenAPI `{name}` parameters.
const PATH_PARAMETER = /\{(\w+)\}/gu
// Marks a multipart body, which the handler reads itself.
const MULTIPART = Symbol('multipart')

/** Mounts each route: access check, body limit, input validation, handler, output validation. */
export function mountRoutes(
  app: Hono,
  routes: readonly ApiRoute[],
  services: ServerServices,
  policy: AccessPolicy,
): void {
  for (const route of routes) {
    const path = route.path.replace(PATH_PARAMETER, ':$1')
    const { maxJsonBytes, maxUploadBytes } = services.options
    const limit = route.takesUploads ? maxUploadBytes : maxJsonBytes
    app.on(
      route.method.toUpperCase(),
      path,
      async (c, next) => {
        checkAccess(c, route.access, policy)
        await next()
      },
      bodyLimit({
        maxSize: limit,
        onError: (c) =>
          c.json(
            errorBody('payload_too_large', `the request body is over the limit of ${limit} bytes`),
            413,
          ),
      }),
      async (c) => {
        const params = parse(route.params, c.req.param(), 'path')
        const query = parse(route.query, c.req.query(), 'query')
        const raw = route.body ? await readJsonBody(c, route) : undefined
        const body = raw === MULTIPART ? undefined : parse(route.body, raw, 'body')
        const result = await route.handle({ params, query, body }, { services, c, policy })
        if (result instanceof Response) return result
        const checked = services.options.validateResponses ? route.response.parse(result) : result
        return c.json(checked as object, route.status ?? 200)
      },
    )
  }
}

function parse(schema: z.ZodType | undefined, value: unknown, where: string): unknown {
  if (schema === undefined) return undefined
  const parsed = schema.safeParse(value)
  if (!parsed.success) throw new ApiError(400, 'bad_request', describeZodError(parsed.error, where))
  return parsed.data
}

// A multipart request to a route that takes files is left to the handler, which reads the form.
async function readJsonBody(c: Context, route: ApiRoute): Promise<unknown> {
  const type = c.req.header('content-type') ?? ''
  if (route.multipart && MULTIPART_TYPE.test(type)) return MULTIPART
  if (!JSON_TYPE.test(type)) {
    const accepted = route.multipart
      ? 'application/json or multipart/form-data'
      : 'application/json'
    throw new ApiError(415, 'unsupported_media_type', `send the body as ${accepted}`)
  }
  try {
    return await c.req.json()
  } catch (error) {
    if (error instanceof SyntaxError)
      throw new ApiError(400, 'bad_request', `the body is not valid JSON: ${error.message}`)
    throw error
  }
}
