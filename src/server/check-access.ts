import { createHash, timingSafeEqual } from 'node:crypto'
import { isIP } from 'node:net'
import type { Context } from 'hono'
import type { Access } from './define-route.ts'
import { ApiError } from './errors.ts'

/** Who may read and write: the token, and whether reads are open beyond loopback. */
export interface AccessPolicy {
  token: string
  isPublic: boolean
}

const BEARER = /^Bearer\s+(\S+)\s*$/iu
const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '::1', '[::1]'])
const IPV4_MAPPED = /^::ffff:/iu
const HOST_PORT = /^(\[[^\]]+\]|[^:]+)(?::\d+)?$/u

/**
 * Lets a request through or throws 401 (no token where one is needed) / 403 (wrong token, or a read from off
 * loopback on a server that is not public). Reads on a loopback-only server also check the Host header, so a
 * web page on another site cannot read the API through DNS rebinding.
 */
export function checkAccess(c: Context, access: Access, policy: AccessPolicy): void {
  const given = bearerToken(c)
  if (given !== null && !sameToken(given, policy.token))
    throw new ApiError(403, 'forbidden', 'the bearer token is wrong')
  if (given !== null) return
  if (access === 'write')
    throw new ApiError(
      401,
      'unauthorized',
      'this endpoint changes the store: send "Authorization: Bearer <token>" (the token serve printed, or $NARRASCOPE_TOKEN)',
    )
  if (policy.isPublic) return
  if (!isLoopbackAddress(remoteAddress(c)))
    throw new ApiError(
      403,
      'forbidden',
      'this server answers reads from loopback only; send the bearer token, or start it with --public',
    )
  if (!isLoopbackHost(c.req.header('host')))
    throw new ApiError(403, 'forbidden', 'the Host header does not name this loopback server')
}

function bearerToken(c: Context): string | null {
  const header = c.req.header('authorization')
  if (header === undefined) return null
  const match = BEARER.exec(header)
  if (!match) throw new ApiError(401, 'unauthorized', 'expected "Authorization: Bearer <token>"')
  return match[1]!
}

// Hashing first gives equal lengths, which timingSafeEqual needs, and leaks nothing of the token's length.
function sameToken(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest()
  return timingSafeEqual(digest(given), digest(expected))
}

// The Node adapter puts the socket in the env; without one (no real connection) the request is not trusted.
function remoteAddress(c: Context): string | undefined {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined
  return env?.incoming?.socket?.remoteAddress
}

/** True for 127.0.0.0/8, ::1 and their IPv4-mapped forms. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (address === undefined) return false
  const plain = address.replace(IPV4_MAPPED, '')
  if (isIP(plain) === 4) return plain.startsWith('127.')
  return plain === '::1'
}

function isLoopbackHost(host: string | undefined): boolean {
  if (host === undefined) return true
  const name = HOST_PORT.exec(host.trim().toLowerCase())?.[1]
  if (name === undefined) return false
  return LOOPBACK_NAMES.has(name) || isLoopbackAddress(name)
}
