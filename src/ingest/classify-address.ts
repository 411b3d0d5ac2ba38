import { isIPv4, isIPv6 } from 'node:net'

interface Range {
  /** The first address of the range as a bigint (IPv4: 32 bits; IPv6: 128 bits). */
  base: bigint
  prefixLength: number
  kind: string
}

// Non-public ranges: RFC 1122 (0/8, loopback), RFC 1918, RFC 3927, RFC 6598, RFC 5771, RFC 1112
// (240/4, with the broadcast address), RFC 4193, RFC 4291 and RFC 3879 (site-local, deprecated).
const IPV4_RANGES: readonly Range[] = [
  ipv4Range('0.0.0.0', 8, 'an unspecified ("this network") address'),
  ipv4Range('127.0.0.0', 8, 'a loopback address'),
  ipv4Range('10.0.0.0', 8, 'a private address'),
  ipv4Range('172.16.0.0', 12, 'a private address'),
  ipv4Range('192.168.0.0', 16, 'a private address'),
  ipv4Range('169.254.0.0', 16, 'a link-local address'),
  ipv4Range('100.64.0.0', 10, 'a shared (carrier-grade NAT) address'),
  ipv4Range('224.0.0.0', 4, 'a multicast address'),
  ipv4Range('240.0.0.0', 4, 'a reserved or broadcast address'),
]

const IPV6_RANGES: readonly Range[] = [
  ipv6Range('::', 128, 'an unspecified address'),
  ipv6Range('::1', 128, 'a loopback address'),
  ipv6Range('fc00::', 7, 'a private (unique local) address'),
  ipv6Range('fec0::', 10, 'a private (site-local) address'),
  ipv6Range('fe80::', 10, 'a link-local address'),
  ipv6Range('ff00::', 8, 'a multicast address'),
]

// IPv6 forms that carry an IPv4 address in their last 32 bits; the embedded address is what a
// host may end up reaching (mapped sockets, NAT64 gateways), so it is judged by the IPv4 rules.
const IPV4_EMBEDDING: readonly Range[] = [
  ipv6Range('::ffff:0:0', 96, 'IPv4-mapped'),
  ipv6Range('::', 96, 'IPv4-compatible'),
  ipv6Range('64:ff9b::', 96, 'NAT64'),
]

const IPV4_BITS = 32
const IPV6_BITS = 128
const LOW_32_BITS = (1n << 32n) - 1n

/**
 * Says why an IP address must not be fetched from ("a loopback address", "an IPv4-mapped form of a
 * private address"), or returns null for a public address. Non-IP strings are refused too.
 */
export function classifyAddress(address: string): string | null {
  const withoutZone = address.split('%', 1)[0] ?? address
  if (isIPv4(withoutZone)) return matchRange(ipv4ToBigInt(withoutZone), IPV4_BITS, IPV4_RANGES)
  if (!isIPv6(withoutZone)) return 'not an IP address'
  const value = ipv6ToBigInt(withoutZone)
  const direct = matchRange(value, IPV6_BITS, IPV6_RANGES)
  if (direct !== null) return direct
  const embedding = matchRange(value, IPV6_BITS, IPV4_EMBEDDING)
  if (embedding === null) return null
  const embedded = matchRange(value & LOW_32_BITS, IPV4_BITS, IPV4_RANGES)
  return embedded === null ? null : `an ${embedding} form of ${embedded}`
}

function matchRange(value: bigint, bits: number, ranges: readonly Range[]): string | null {
  for (const range of ranges) {
    const shift = BigInt(bits - range.prefixLength)
    if (value >> shift === range.base >> shift) return range.kind
  }
  return null
}

function ipv4Range(address: string, prefixLength: number, kind: string): Range {
  return { base: ipv4ToBigInt(address), prefixLength, kind }
}

function ipv6Range(address: string, prefixLength: number, kind: string): Range {
  return { base: ipv6ToBigInt(address), prefixLength, kind }
}

function ipv4ToBigInt(address: string): bigint {
  return address.split('.').reduce((value, octet) => (value << 8n) | BigInt(Number(octet)), 0n)
}

// Expects an address that net.isIPv6 accepted: "::" at most once, optionally a dotted IPv4 tail.
function ipv6ToBigInt(address: string): bigint {
  let text = address.toLowerCase()
  const lastColon = text.lastIndexOf(':')
  const tail = text.slice(lastColon + 1)
  if (tail.includes('.')) {
    const ipv4 = ipv4ToBigInt(tail)
    text = `${text.slice(0, lastColon + 1)}${(ipv4 >> 16n).toString(16)}:${(ipv4 & 0xffffn).toString(16)}`
  }
  const [head = '', rest] = text.split('::')
  const headGroups = head === '' ? [] : head.split(':')
  const restGroups = rest === undefined || rest === '' ? [] : rest.split(':')
  const zeros = rest === undefined ? 0 : 8 - headGroups.length - restGroups.length
  const groups = [...headGroups, ...Array<string>(zeros).fill('0'), ...restGroups]
  return groups.reduce((value, group) => (value << 16n) | BigInt(Number.parseInt(group, 16)), 0n)
}
