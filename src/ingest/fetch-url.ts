import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib'
import { Agent, type Dispatcher, request } from 'undici'
import { decodeBytes } from './decode-bytes.ts'
import {
  formatFromMediaType,
  formatFromPath,
  type PayloadFormat,
  sniffFormat,
} from './detect-format.ts'
import { assertPublicHost, guardedLookup } from './guard-host.ts'
import { InputError } from './input-error.ts'
import type { ResolvedReadOptions } from './read-options.ts'
import { sniffCharset } from './sniff-charset.ts'
import { tooLargeError } from './too-large-error.ts'

/** Limits and permissions for one fetch. */
export type FetchOptions = Pick<
  ResolvedReadOptions,
  'maxBytes' | 'allowPrivateNetwork' | 'fetchTimeoutMs' | 'maxRedirects'
>

/** A fetched document, decoded, with the format its Content-Type (or URL, or content) implies. */
export interface FetchedDocument {
  /** The URL after redirects. */
  url: string
  text: string
  format: PayloadFormat
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308])
const REQUEST_HEADERS = {
  accept:
    'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, application/json;q=0.9, text/plain;q=0.8, */*;q=0.5',
  'user-agent': 'Narrascope/0.1 (news analysis for disinformation research)',
}
const TIMEOUT_ERROR_CODES = new Set([
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CONNECT_TIMEOUT',
])
const CHARSET_PARAMETER = /;\s*charset\s*=\s*"?([^";\s]+)/i

/**
 * Fetches an http(s) URL with a deadline, a size limit enforced while streaming, manual redirects
 * (each hop re-checked) and, unless allowed, refusal of loopback, private and link-local hosts.
 * @example
 * const page = await fetchUrl('https://example.org/news/1', { maxBytes: 5e6, allowPrivateNetwork: false, fetchTimeoutMs: 15_000, maxRedirects: 5 })
 */
export async function fetchUrl(url: string, options: FetchOptions): Promise<FetchedDocument> {
  const signal = AbortSignal.timeout(options.fetchTimeoutMs)
  const agent = new Agent({
    connect: {
      timeout: options.fetchTimeoutMs,
      ...(options.allowPrivateNetwork ? {} : { lookup: guardedLookup }),
    },
    headersTimeout: options.fetchTimeoutMs,
    bodyTimeout: options.fetchTimeoutMs,
  })
  try {
    return await withDeadline(fetchFollowingRedirects(url, options, agent, signal), signal)
  } catch (error) {
    throw toInputError(error, options.fetchTimeoutMs)
  } finally {
    await agent.destroy()
  }
}

async function fetchFollowingRedirects(
  url: string,
  options: FetchOptions,
  agent: Dispatcher,
  signal: AbortSignal,
): Promise<FetchedDocument> {
  let current = parseHttpUrl(url)
  const visited = new Set<string>()
  for (let redirects = 0; ; redirects += 1) {
    visited.add(current.href)
    if (!options.allowPrivateNetwork) await assertPublicHost(current.hostname)
    const response = await request(current, {
      dispatcher: agent,
      signal,
      method: 'GET',
      headers: REQUEST_HEADERS,
    })
    if (REDIRECT_STATUSES.has(response.statusCode)) {
      await response.body.dump()
      const next = redirectTarget(current, response.headers.location, response.statusCode)
      if (visited.has(next.href)) {
        throw new InputError('redirect_loop', `redirect loop: redirected back to ${next.href}`)
      }
      if (redirects >= options.maxRedirects) {
        throw new InputError(
          'too_many_redirects',
          `more than ${options.maxRedirects} redirects (the next was to ${next.href})`,
        )
      }
      current = next
      continue
    }
    if (response.statusCode < 200 || response.statusCode >= 300) {
      await response.body.dump()
      throw new InputError('http_error', `HTTP ${response.statusCode} from ${current.href}`)
    }
    return readDocument(current, response, options.maxBytes)
  }
}

async function readDocument(
  url: URL,
  response: Dispatcher.ResponseData,
  maxBytes: number,
): Promise<FetchedDocument> {
  const contentType = headerValue(response.headers['content-type']) ?? ''
  const mediaType = contentType.split(';', 1)[0] ?? ''
  const declaredFormat = formatFromMediaType(mediaType) ?? formatFromPath(url.pathname)
  const declaredLength = Number(headerValue(response.headers['content-length']))
  if (Number.isFinite(declaredLength) && declaredLength > maxBytes) {
    await response.body.dump()
    throw tooLargeError(declaredLength, maxBytes)
  }
  const encoded = await readCapped(response.body, maxBytes)
  const bytes = decompress(encoded, headerValue(response.headers['content-encoding']), maxBytes)
  const headerCharset = CHARSET_PARAMETER.exec(contentType)?.[1]
  const isMarkup =
    declaredFormat === undefined || declaredFormat === 'html' || declaredFormat === 'feed'
  const charset = headerCharset ?? (isMarkup ? sniffCharset(bytes) : null)
  const text = decodeBytes(bytes, { charset })
  return { url: url.href, text, format: declaredFormat ?? sniffFormat(text) }
}

async function readCapped(body: AsyncIterable<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = []
  let total = 0
  for await (const chunk of body) {
    total += chunk.length
    // Leaving the loop early destroys the body stream, so the server stops sending.
    if (total > maxBytes) throw tooLargeError(undefined, maxBytes)
    chunks.push(chunk)
  }
  return Buffer.concat(chunks, total)
}

// Content-Encoding is not requested, but some servers compress anyway; the limit applies to the
// decompressed size as well, which stops compression bombs.
function decompress(bytes: Uint8Array, encoding: string | undefined, maxBytes: number): Uint8Array {
  const name = encoding?.trim().toLowerCase() ?? 'identity'
  const limits = { maxOutputLength: maxBytes }
  try {
    if (name === 'identity' || name === '') return bytes
    if (name === 'gzip' || name === 'x-gzip') return gunzipSync(bytes, limits)
    if (name === 'deflate') return inflateSync(bytes, limits)
    if (name === 'br') return brotliDecompressSync(bytes, limits)
  } catch (error) {
    if (error instanceof RangeError) throw tooLargeError(undefined, maxBytes)
    const reason = error instanceof Error ? error.message : String(error)
    throw new InputError('fetch_failed', `could not decompress the ${name} response: ${reason}`)
  }
  throw new InputError('fetch_failed', `unsupported Content-Encoding "${name}"`)
}

function parseHttpUrl(url: string): URL {
  if (!URL.canParse(url)) throw new InputError('invalid_url', 'not a valid URL')
  const parsed = new URL(url)
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new InputError(
      'invalid_url',
      `unsupported URL scheme ${parsed.protocol}, only http and https`,
    )
  }
  return parsed
}

function redirectTarget(
  current: URL,
  location: string | string[] | undefined,
  status: number,
): URL {
  const target = headerValue(location)
  if (target === undefined || !URL.canParse(target, current.href)) {
    throw new InputError('http_error', `HTTP ${status} redirect without a valid Location header`)
  }
  const next = new URL(target, current)
  if (next.protocol !== 'http:' && next.protocol !== 'https:') {
    throw new InputError('refused', `refused: redirect to ${next.protocol} URL ${next.href}`)
  }
  return next
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

// DNS lookups cannot be aborted, so the deadline also races the whole operation.
function withDeadline<T>(operation: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason)
    if (signal.aborted) onAbort()
    signal.addEventListener('abort', onAbort, { once: true })
    operation.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
  })
}

function toInputError(error: unknown, timeoutMs: number): InputError {
  if (error instanceof InputError) return error
  if (isTimeout(error))
    return new InputError('timeout', `timed out after ${timeoutMs} ms`, { cause: error })
  // Errors raised inside the guarded lookup reach us wrapped by the socket layer.
  if (error instanceof Error && error.cause instanceof InputError) return error.cause
  const code = error instanceof Error && 'code' in error ? String(error.code) : undefined
  const reason = error instanceof Error ? error.message : String(error)
  return new InputError('fetch_failed', `fetch failed: ${code ? `${code}: ` : ''}${reason}`, {
    cause: error,
  })
}

function isTimeout(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  if (error.name === 'TimeoutError') return true
  return 'code' in error && TIMEOUT_ERROR_CODES.has(String(error.code))
}
