import { describe, expect, test } from 'vitest'
import { classifyAddress } from './classify-address.ts'

describe('classifyAddress', () => {
  test.each([
    ['127.0.0.1', 'a loopback address'],
    ['127.255.0.9', 'a loopback address'],
    ['::1', 'a loopback address'],
    ['10.1.2.3', 'a private address'],
    ['172.16.0.1', 'a private address'],
    ['172.31.255.255', 'a private address'],
    ['192.168.1.1', 'a private address'],
    ['fc00::1', 'a private (unique local) address'],
    ['fd12:3456::1', 'a private (unique local) address'],
    ['169.254.169.254', 'a link-local address'],
    ['fe80::1%eth0', 'a link-local address'],
    ['0.0.0.0', 'an unspecified ("this network") address'],
    ['::', 'an unspecified address'],
    ['224.0.0.1', 'a multicast address'],
    ['ff02::1', 'a multicast address'],
    ['255.255.255.255', 'a reserved or broadcast address'],
    ['100.64.0.1', 'a shared (carrier-grade NAT) address'],
    ['::ffff:127.0.0.1', 'an IPv4-mapped form of a loopback address'],
    ['::ffff:7f00:1', 'an IPv4-mapped form of a loopback address'],
    ['::ffff:10.0.0.1', 'an IPv4-mapped form of a private address'],
    ['::ffff:169.254.169.254', 'an IPv4-mapped form of a link-local address'],
    ['64:ff9b::c0a8:1', 'an NAT64 form of a private address'],
    ['::192.168.0.1', 'an IPv4-compatible form of a private address'],
    ['localhost', 'not an IP address'],
  ])('%s is refused as %s', (address, kind) => {
    expect(classifyAddress(address)).toBe(kind)
  })

  test.each([
    '93.184.216.34',
    '8.8.8.8',
    '172.32.0.1',
    '172.15.255.255',
    '192.169.0.1',
    '2001:db8::1',
    '2606:4700::6810:84e5',
    '::ffff:8.8.8.8',
  ])('%s is public', (address) => {
    expect(classifyAddress(address)).toBeNull()
  })
})
