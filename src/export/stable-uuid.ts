import { createHash } from 'node:crypto'

/** The namespace of the ids Narrascope derives for its own STIX and JSON-LD objects (random, fixed once). */
export const NARRASCOPE_NAMESPACE = '6a1f3c8e-2b7d-4e59-9c41-5d0e8b7a2f13'
/** STIX 2.1's namespace for deterministic ids of cyber-observable objects (spec section 2.9). */
export const STIX_OBSERVABLE_NAMESPACE = '00abedb4-aa42-466c-9c01-fed23315a9b7'

/** A name-based (version 5, SHA-1) UUID: the same name in the same namespace always gives the same id. */
export function stableUuid(name: string, namespace: string = NARRASCOPE_NAMESPACE): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replaceAll('-', ''), 'hex'))
    .update(name, 'utf8')
    .digest()
  hash[6] = (hash[6]! & 0x0f) | 0x50
  hash[8] = (hash[8]! & 0x3f) | 0x80
  const hex = hash.subarray(0, 16).toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
