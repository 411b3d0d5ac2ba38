import { expect, test } from 'vitest'
import { memoBounded } from './bounded-memo.ts'

test('computes a key once, keeps it, and empties a full cache before taking another key', () => {
  const cache = new Map<string, number>()
  const calls: string[] = []
  const length = (key: string) => {
    calls.push(key)
    return key.length
  }
  expect(memoBounded(cache, 'ab', 2, length)).toBe(2)
  expect(memoBounded(cache, 'ab', 2, length)).toBe(2)
  expect(memoBounded(cache, 'abc', 2, length)).toBe(3)
  expect(calls).toEqual(['ab', 'abc'])
  expect(cache.size).toBe(2)
  expect(memoBounded(cache, 'x', 2, length)).toBe(1)
  expect([...cache.keys()]).toEqual(['x'])
  // A kept empty value (0, '') is a value, not a miss.
  expect(memoBounded(cache, '', 2, length)).toBe(0)
  expect(memoBounded(cache, '', 2, length)).toBe(0)
  expect(calls).toEqual(['ab', 'abc', 'x', ''])
})
