import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { ZodError } from 'zod'
import type { ApiError as ApiErrorBody, ApiErrorCode } from '../contracts/api.ts'
import { StoreError } from '../store/store-error.ts'

/** An error a route throws to answer with a status and the `{error: {code, message}}` shape. */
export class ApiError extends Error {
  readonly status: ContentfulStatusCode
  readonly code: ApiErrorCode

  constructor(status: ContentfulStatusCode, code: ApiErrorCode, message: string) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.code = code
  }
}

// Store refusals the client can do nothing about but wait (locked, unreachable) are 503; a bad query is theirs.
const STORE_STATUS: Record<StoreError['code'], [ContentfulStatusCode, ApiErrorCode]> = {
  bad_query: [400, 'bad_request'],
  store_locked: [503, 'store_unavailable'],
  store_unreachable: [503, 'store_unavailable'],
  store_invalid: [503, 'store_unavailable'],
  migration_failed: [503, 'store_unavailable'],
  queue_needs_postgres: [400, 'bad_request'],
}

// Hono's own exceptions (body limit, timeout) carry a status; these give them our codes.
const HTTP_CODES: Partial<Record<number, ApiErrorCode>> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  504: 'timeout',
}

/** The JSON body of an error answer. */
export function errorBody(code: ApiErrorCode, message: string): ApiErrorBody {
  return { error: { code, message } }
}

/** Says which request values are wrong, one clause per zod issue: "query.limit: Too big: …". */
export function describeZodError(error: ZodError, where: string): string {
  return error.issues
    .map((issue) => {
      const path = [where, ...issue.path.map(String)].filter(Boolean).join('.')
      return `${path}: ${issue.message}`
    })
    .join('; ')
}

/** Maps any error thrown while answering to a status and the one error shape: the app's `onError`. */
export function handleError(error: Error, c: Context): Response {
  if (error instanceof ApiError) return c.json(errorBody(error.code, error.message), error.status)
  if (error instanceof ZodError)
    return c.json(errorBody('bad_request', describeZodError(error, '')), 400)
  if (error instanceof StoreError) {
    const [status, code] = STORE_STATUS[error.code]
    return c.json(errorBody(code, error.message), status)
  }
  if (error instanceof HTTPException) {
    const code =
      HTTP_CODES[error.status] ?? (error.status >= 500 ? 'internal_error' : 'bad_request')
    return c.json(errorBody(code, error.message || code.replaceAll('_', ' ')), error.status)
  }
  // A bug: the client gets no internals (stack traces can name files and data), the operator gets the log.
  console.error(`narrascope serve: ${c.req.method} ${c.req.path} failed:`, error)
  return c.json(errorBody('internal_error', 'the server failed to answer; see its log'), 500)
}

/** The answer for a path no route matches. */
export function handleNotFound(c: Context): Response {
  return c.json(errorBody('not_found', `no route for ${c.req.method} ${c.req.path}`), 404)
}
