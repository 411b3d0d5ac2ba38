import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { parseDate } from '../../src/components/provenance/parse-date.ts'
import { ExtractError } from '../../src/extract/extract-error.ts'
import { extractMarkdown } from '../../src/extract/extract-markdown.ts'
import { readFrontMatter } from '../../src/extract/read-front-matter.ts'
import { toIsoDate } from '../../src/extract/to-iso-date.ts'
import { classifyAddress } from '../../src/ingest/classify-address.ts'
import { decodeBytes } from '../../src/ingest/decode-bytes.ts'
import { sniffFormat } from '../../src/ingest/detect-format.ts'
import { InputError } from '../../src/ingest/input-error.ts'
import { sniffCharset } from '../../src/ingest/sniff-charset.ts'
import { LANGUAGES } from '../../src/lang/index.ts'
import { parseNumber } from '../../src/link/parse-number.ts'
import { anyText, trickyText } from './generators.ts'

// Small value parsers: dates, numbers, addresses, charsets, formats, front matter. Each property says what a
// result must look like; none may throw anything but the module's own input errors.

const languages = Object.values(LANGUAGES)
const monthNames = languages.flatMap((language) => Object.keys(language.months))

const writtenDate = fc
  .tuple(
    fc.integer({ min: 0, max: 40 }),
    fc.constantFrom(...monthNames, 'Foo', 'mai', 'May'),
    fc.option(fc.integer({ min: 0, max: 99_999 }), { nil: undefined }),
    fc.constantFrom('er', 'st', 'th', '.', '', ','),
    fc.boolean(),
  )
  .map(([day, month, year, suffix, isMonthFirst]) => {
    const tail = year === undefined ? '' : ` ${year}`
    return isMonthFirst ? `${month} ${day}${suffix}${tail}` : `${day}${suffix} ${month}${tail}`
  })
const numericDate = fc
  .tuple(fc.nat(9999), fc.nat(99), fc.nat(9999), fc.constantFrom('/', '.', '-'))
  .map(([a, b, c, separator]) => `${a}${separator}${b}${separator}${c}`)
const dateText = fc
  .tuple(trickyText, fc.oneof(writtenDate, numericDate), trickyText)
  .map((parts) => parts.join(' '))

describe('dates', () => {
  test('parseDate: a found date is a real calendar date read at its offsets', () => {
    fc.assert(
      fc.property(
        dateText,
        fc.constantFrom(...languages),
        fc.option(fc.integer({ min: 1, max: 9999 }), { nil: undefined }),
        (text, language, year) => {
          const date = parseDate(text, language, year)
          if (!date) return
          expect(date.iso).toMatch(/^\d{4}-\d{2}(?:-\d{2})?$/u)
          const [y, m, d] = date.iso.split('-').map(Number)
          const check = new Date(Date.UTC(y!, m! - 1, d ?? 1))
          expect(check.getUTCMonth()).toBe(m! - 1)
          if (d !== undefined) expect(check.getUTCDate()).toBe(d)
          expect(text.slice(date.start, date.end)).toBe(date.text)
        },
      ),
      { numRuns: 10_000 },
    )
  })

  test('toIsoDate: undefined or a string Date.parse reads', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, dateText, fc.integer(), fc.double()), (value) => {
        const iso = toIsoDate(value)
        if (iso !== undefined) expect(Number.isNaN(Date.parse(iso))).toBe(false)
      }),
      { numRuns: 5_000 },
    )
  })
})

describe('numbers', () => {
  const grouped = fc
    .tuple(fc.integer({ min: 0, max: 2 ** 40 }), fc.constantFrom(',', '.', ' ', '\u00a0', '\u202f'))
    .map(([value, separator]) => ({
      value,
      text: String(value).replace(/\B(?=(\d{3})+(?!\d))/gu, separator),
    }))

  test('parseNumber reads grouped integers in every separator style', () => {
    fc.assert(
      fc.property(grouped, ({ value, text }) => {
        expect(parseNumber(text)).toBe(String(value))
      }),
      { numRuns: 5_000 },
    )
  })

  test('parseNumber returns null or a canonical decimal', () => {
    const numberish = fc.string({
      unit: fc.constantFrom('0', '1', '5', '9', ',', '.', ' ', '\u00a0', '-', 'e', 'x'),
      maxLength: 16,
    })
    fc.assert(
      fc.property(fc.oneof(numberish, anyText), (text) => {
        const value = parseNumber(text)
        if (value !== null) expect(value).toMatch(/^(?:0|[1-9]\d*)(?:\.\d*[1-9])?$/u)
      }),
      { numRuns: 5_000 },
    )
  })
})

describe('addresses', () => {
  const octet = fc.integer({ min: 0, max: 255 })
  const ipv4 = fc.tuple(octet, octet, octet, octet).map((parts) => parts.join('.'))

  test('an IPv4 address and its IPv4-mapped IPv6 form are judged alike', () => {
    fc.assert(
      fc.property(ipv4, (address) => {
        const direct = classifyAddress(address)
        const mapped = classifyAddress(`::ffff:${address}`)
        expect(mapped === null).toBe(direct === null)
        const [first, second] = address.split('.').map(Number)
        const isPrivate =
          first === 10 ||
          first === 127 ||
          first === 0 ||
          first! >= 224 ||
          (first === 172 && second! >= 16 && second! < 32) ||
          (first === 192 && second === 168) ||
          (first === 169 && second === 254) ||
          (first === 100 && second! >= 64 && second! < 128)
        expect(direct !== null).toBe(isPrivate)
      }),
      { numRuns: 5_000 },
    )
  })

  test('any string is classified without throwing', () => {
    const hexGroup = fc.string({ unit: fc.constantFrom(...'0123456789abcdef:.%'), maxLength: 40 })
    fc.assert(
      fc.property(fc.oneof(anyText, hexGroup), (address) => {
        const reason = classifyAddress(address)
        expect(reason === null || reason.length > 0).toBe(true)
      }),
      { numRuns: 5_000 },
    )
  })
})

describe('bytes and formats', () => {
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 200 }),
    fc
      .tuple(
        fc.constantFrom('utf-8', 'latin1', 'windows-1252', 'koi8-r', 'bogus', 'utf-16'),
        anyText,
      )
      .map(([charset, text]) =>
        Buffer.from(`<?xml version="1.0" encoding="${charset}"?><rss>${text}</rss>`),
      ),
    fc
      .tuple(
        fc.constantFrom('\xef\xbb\xbf', '\xff\xfe', '\xfe\xff', ''),
        fc.uint8Array({ maxLength: 60 }),
      )
      .map(([mark, rest]) => new Uint8Array([...Buffer.from(mark, 'latin1'), ...rest])),
  )

  test('sniffCharset and decodeBytes: a string, or an InputError that says why', () => {
    fc.assert(
      fc.property(bytes, (input) => {
        const charset = sniffCharset(input)
        try {
          expect(typeof decodeBytes(input, { charset })).toBe('string')
        } catch (error) {
          expect(error).toBeInstanceOf(InputError)
        }
      }),
      { numRuns: 10_000 },
    )
  })

  test('decodeBytes gives back any well-formed text encoded as UTF-8', () => {
    const text = fc
      .string({ unit: 'grapheme', maxLength: 60 })
      .map((value) =>
        value.replace(/^\ufeff/u, '').replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/gu, ''),
      )
    fc.assert(
      fc.property(text, (value) => {
        expect(decodeBytes(Buffer.from(value, 'utf8'))).toBe(value)
      }),
      { numRuns: 5_000 },
    )
  })

  test('sniffFormat names a format for any text', () => {
    const start = fc.constantFrom(
      '',
      '{',
      '[',
      '<',
      '<?xml ?>',
      '<rss>',
      '<feed',
      '# ',
      '---\n',
      '\ufeff',
      ' \n',
    )
    fc.assert(
      fc.property(start, anyText, (head, rest) => {
        expect(['text', 'markdown', 'html', 'json', 'jsonl', 'feed']).toContain(
          sniffFormat(head + rest),
        )
      }),
      { numRuns: 5_000 },
    )
  })
})

describe('Markdown and front matter', () => {
  const yamlLine = fc.oneof(
    fc.constantFrom(
      'title: Un titre',
      'author: [A, B]',
      'author: {name: N}',
      'date: 2022-01-14',
      'date: not a date',
      'lang: fr',
      'tags: [a, b',
      '- list item',
      'key: "unterminated',
      'a: &x [1]',
      'b: *x',
      'c: *missing',
      '? complex',
      '!!binary xx',
      '%YAML 1.2',
    ),
    anyText.map((text) => text.replace(/[\r\n]/gu, ' ')),
  )
  const markdownLine = fc.oneof(
    fc.constantFrom(
      '# Titre',
      '## Sous-titre',
      '> citation',
      '- item',
      '1. item',
      '```',
      '~~~',
      '| a | b |',
      '|---|---|',
      '[ref]: https://example.org',
      '***',
      'Texte [lien](https://example.org) **gras**',
      '',
    ),
    trickyText.map((text) => text.replace(/[\r\n]/gu, ' ')),
  )
  const document = fc
    .tuple(
      fc.boolean(),
      fc.array(yamlLine, { maxLength: 6 }),
      fc.array(markdownLine, { maxLength: 12 }),
    )
    .map(
      ([hasFrontMatter, yaml, body]) =>
        `${hasFrontMatter ? `---\n${yaml.join('\n')}\n---\n` : ''}${body.join('\n')}`,
    )

  test('readFrontMatter: the body is the end of the input, the date is ISO, or an ExtractError', () => {
    fc.assert(
      fc.property(document, (markdown) => {
        try {
          const { frontMatter, body } = readFrontMatter(markdown)
          expect(markdown.endsWith(body)).toBe(true)
          if (frontMatter.published !== undefined)
            expect(Number.isNaN(Date.parse(frontMatter.published))).toBe(false)
        } catch (error) {
          expect(error).toBeInstanceOf(ExtractError)
        }
      }),
      { numRuns: 5_000 },
    )
  })

  test('extractMarkdown: text without carriage returns, or an ExtractError', () => {
    fc.assert(
      fc.property(document, fc.constantFrom('\n', '\r\n', '\r'), (markdown, newline) => {
        try {
          const { text } = extractMarkdown(markdown.replace(/\n/gu, newline))
          expect(text).not.toContain('\r')
        } catch (error) {
          expect(error).toBeInstanceOf(ExtractError)
        }
      }),
      { numRuns: 5_000 },
    )
  })
})
