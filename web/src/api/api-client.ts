import { ApiErrorSchema } from '@src/contracts/api.ts'
import type { z } from 'zod'
import { ApiRequestError } from './api-request-error.ts'

/** Options of one API call: a JSON or form body, the write token, cancellation. */
export interface RequestOptions {
  readonly method?: 'GET' | 'POST' | 'DELETE'
  readonly json?: unknown
  readonly form?: FormData
  readonly token?: string
  readonly signal?: AbortSignal
}

/**
 * Calls the API and validates the answer with the contract's schema, so a server that drifts from the
 * contract fails loudly here instead of drawing nonsense; errors arrive as `ApiRequestError`.
 * @example
 * const result = await requestJson('/api/search?text=protest', SearchResponseSchema)
 */
export async function requestJson<Schema extends z.ZodType>(
  path: string,
  schema: Schema,
  options: RequestOptions = {},
): Promise<z.infer<Schema>> {
  const headers = new Headers({ accept: 'application/json' })
  if (options.token) headers.set('authorization', `Bearer ${options.token}`)
  let body: BodyInit | undefined
  if (options.json !== undefined) {
    headers.set('content-type', 'application/json')
    body = JSON.stringify(options.json)
  } else if (options.form) {
    body = options.form
  }
  let response: Response
  try {
    response = await fetch(path, {
      method: options.method ?? (body === undefined ? 'GET' : 'POST'),
      headers,
      ...(body === undefined ? {} : { body }),
      ...(options.signal ? { signal: options.signal } : {}),
    })
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error
    throw new ApiRequestError('network', String(error), 0)
  }
  const payload: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    const parsed = ApiErrorSchema.safeParse(payload)
    if (parsed.success)
      throw new ApiRequestError(parsed.data.error.code, parsed.data.error.message, response.status)
    throw new ApiRequestError(
      'http_error',
      `HTTP ${response.status} ${response.statusText}`,
      response.status,
    )
  }
  const parsed = schema.safeParse(payload)
  if (!parsed.success)
    throw new ApiRequestError(
      'invalid_response',
      `${path}: ${parsed.error.message}`,
      response.status,
    )
  return parsed.data
}
