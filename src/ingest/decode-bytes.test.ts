import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { decodeBytes } from './decode-bytes.ts'
import { findInvalidUtf8 } from './find-invalid-utf8.ts'
import { InputError } from './input-error.ts'

const bytes = (...values: number[]) => Uint8Array.from(values)
const ascii = (text: string) => Uint8Array.from(Buffer.from(text, 'latin1'))

function decodeError(input: Uint8Array, charset?: string): InputError {
  try {
    decodeBytes(input, { charset })
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('expected decodeBytes to throw')
}

describe('decodeBytes', () => {
  test('UTF-8 decodes, with or without a byte order mark', () => {
    expect(decodeBytes(Uint8Array.from(Buffer.from('Grüße „x“', 'utf8')))).toBe('Grüße „x“')
    expect(decodeBytes(bytes(0xef, 0xbb, 0xbf, 0x61))).toBe('a')
  })

  test.each([
    ['a stray continuation byte', [0x61, 0x62, 0x80], 2],
    ['an overlong encoding of "/"', [0x61, 0xc0, 0xaf], 1],
    ['a UTF-16 surrogate', [0x61, 0x0a, 0x62, 0xed, 0xa0, 0x80], 3],
    ['a sequence cut off at the end', [0x61, 0xe2, 0x82], 1],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a windows-1252 "é"', [0x63, 0x61, 0x66, 0xe9], 3],
  ])('invalid UTF-8 (%s) names its byte offset', (_case, values, offset) => {
    const error = decodeError(bytes(...values))
    expect(error.code).toBe('invalid_utf8')
    expect(error.message).toMatch(new RegExp(`^invalid UTF-8 at byte ${offset} \\(line \\d+\\)$`))
  })

  test('the line of the invalid byte is counted', () => {
    expect(decodeError(ascii('one\ntwo\nthr\xe9e')).message).toBe(
      'invalid UTF-8 at byte 11 (line 3)',
    )
  })

  test.each([
    ['a NUL byte', bytes(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00)],
    ['mostly control characters', bytes(0x01, 0x02, 0x03, 0x61, 0x04, 0x05, 0x06, 0x62)],
  ])('binary data is refused: %s', (_case, input) => {
    const error = decodeError(input)
    expect(error.code).toBe('binary')
    expect(error.message).toBe('binary data, not text')
  })

  test('text with a few escape sequences is not binary', () => {
    expect(decodeBytes(ascii(`\x1b[1mbold\x1b[0m ${'plain text '.repeat(10)}`))).toContain('bold')
  })

  test('a declared windows-1252 or iso-8859-1 charset is honoured', () => {
    expect(
      decodeBytes(bytes(0x63, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94), {
        charset: 'windows-1252',
      }),
    ).toBe('café “q”')
    expect(decodeBytes(bytes(0x63, 0x61, 0x66, 0xe9), { charset: 'ISO-8859-1' })).toBe('café')
  })

  test('a UTF-16 byte order mark wins over the binary check', () => {
    expect(decodeBytes(bytes(0xff, 0xfe, 0x68, 0x00, 0x69, 0x00))).toBe('hi')
  })

  test('an unknown charset is reported', () => {
    expect(decodeError(ascii('x'), 'klingon-8').code).toBe('unsupported_charset')
  })
})

describe('findInvalidUtf8', () => {
  test('property: agrees with a fatal TextDecoder on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (input) => {
        const isValid = (() => {
          try {
            new TextDecoder('utf-8', { fatal: true }).decode(input)
            return true
          } catch {
            return false
          }
        })()
        expect(findInvalidUtf8(input) === -1).toBe(isValid)
      }),
      { numRuns: 2000 },
    )
  })

  test('property: the prefix before the reported offset is valid', () => {
    fc.assert(
      fc.property(fc.string(), fc.uint8Array({ minLength: 1, maxLength: 4 }), (text, tail) => {
        const input = Uint8Array.from([...Buffer.from(text, 'utf8'), ...tail])
        const offset = findInvalidUtf8(input)
        if (offset !== -1) expect(findInvalidUtf8(input.subarray(0, offset))).toBe(-1)
      }),
    )
  })
})
