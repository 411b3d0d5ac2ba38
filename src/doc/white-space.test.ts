import { expect, test } from 'vitest'
import { isWhiteSpace } from './white-space.ts'

test('isWhiteSpace agrees with /\\s/u on every BMP code unit', () => {
  const pattern = /^\s$/u
  for (let code = 0; code < 0x10000; code++)
    expect(isWhiteSpace(code), code.toString(16)).toBe(pattern.test(String.fromCharCode(code)))
})
