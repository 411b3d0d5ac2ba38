import { type LookupAddress, lookup } from 'node:dns'
import { isIP, type LookupFunction } from 'node:net'
import { classifyAddress } from './classify-address.ts'
import { InputError } from './input-error.ts'

const ALLOW_HINT = '(pass --allow-private-network to allow)'
const IPV6_BRACKETS = /^\[|\]$/g

/**
 * Refuses a host that is, or resolves to, a loopback, private, link-local or otherwise non-public
 * address. Every address the name resolves to is checked: one bad address is enough to refuse.
 */
export async function assertPublicHost(hostname: string): Promise<void> {
  const host = hostname.replace(IPV6_BRACKETS, '')
  if (isIP(host) !== 0) {
    const kind = classifyAddress(host)
    if (kind !== null) throw new InputError('refused', `refused: ${host} is ${kind} ${ALLOW_HINT}`)
    return
  }
  const addresses = await resolveAll(host)
  refuseNonPublic(host, addresses)
}

/**
 * A `net.connect` lookup that applies the same check to the addresses the socket will really use,
 * so a name that re-resolves to a private address after the first check (DNS rebinding) is refused.
 */
export const guardedLookup: LookupFunction = (hostname, options, callback) => {
  lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error !== null) {
      callback(error, [])
      return
    }
    try {
      refuseNonPublic(hostname, addresses)
    } catch (refusal) {
      if (!(refusal instanceof InputError)) throw refusal
      callback(refusal, [])
      return
    }
    const [first] = addresses
    if (options.all === true || first === undefined) callback(null, addresses)
    else callback(null, first.address, first.family)
  })
}

function refuseNonPublic(hostname: string, addresses: readonly LookupAddress[]): void {
  for (const { address } of addresses) {
    const kind = classifyAddress(address)
    if (kind !== null) {
      throw new InputError(
        'refused',
        `refused: ${hostname} resolves to ${address}, ${kind} ${ALLOW_HINT}`,
      )
    }
  }
}

function resolveAll(hostname: string): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) => {
    lookup(hostname, { all: true }, (error, addresses) => {
      if (error === null) resolve(addresses)
      else {
        const reason = error.code === 'ENOTFOUND' ? 'no such host' : (error.code ?? error.message)
        reject(
          new InputError('fetch_failed', `could not resolve ${hostname}: ${reason}`, {
            cause: error,
          }),
        )
      }
    })
  })
}
