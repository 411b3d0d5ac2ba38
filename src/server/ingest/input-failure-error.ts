import type { InputResult } from '../../ingest/input-result.ts'
import { ApiError } from '../errors.ts'

type Failure = Extract<InputResult, { ok: false }>

// Failures of the remote site (or of reaching it) are the gateway's; what the client sent is theirs.
const FETCH_CODES = new Set([
  'timeout',
  'http_error',
  'fetch_failed',
  'too_many_redirects',
  'redirect_loop',
])

/** The API error for an input that gave no article: 502 when fetching failed, 413 too large, else 400. */
export function inputFailureError(failure: Failure): ApiError {
  const message = `${failure.input}: ${failure.message} (${failure.code})`
  if (FETCH_CODES.has(failure.code)) return new ApiError(502, 'fetch_failed', message)
  if (failure.code === 'too_large') return new ApiError(413, 'payload_too_large', message)
  return new ApiError(400, 'bad_request', message)
}
