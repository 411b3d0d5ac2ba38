import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { extractArticles } from '../../src/ingest/extract-articles.ts'
import { InputError } from '../../src/ingest/input-error.ts'
import { parseFeed } from '../../src/ingest/parse-feed.ts'
import { anyText, xmlSafeText } from './generators.ts'

// Random RSS 2.0 and Atom feeds with escaped text, CDATA bodies and dates in several forms; then the same feeds
// cut short or with a random character replaced. Valid feeds must give back every item and its title; broken
// ones are refused with an InputError, and no exception of another kind escapes.
const escapeXml = (text: string) =>
  text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;')
const collapse = (text: string) => text.replace(/\s+/gu, ' ').trim()

const DATES = [
  'Fri, 14 Jan 2022 10:00:00 GMT',
  '2022-01-14T10:00:00Z',
  '2022-01-14',
  'not a date',
  '14/01/2022',
  '',
  'Mon, 32 Foo 99999 99:99:99 +9999',
]

const item = fc.record({
  title: xmlSafeText,
  link: fc.constantFrom(
    'https://example.org/a',
    'http://example.org/b?x=1&amp;y=2',
    '',
    'not a url',
  ),
  date: fc.constantFrom(...DATES),
  author: xmlSafeText,
  body: xmlSafeText,
  isCdata: fc.boolean(),
})
type Item = typeof item extends fc.Arbitrary<infer T> ? T : never

function bodyOf(entry: Item): string {
  // CDATA cannot hold "]]>": such bodies are escaped instead.
  return entry.isCdata && !entry.body.includes(']]>')
    ? `<![CDATA[<p>${entry.body}</p>]]>`
    : escapeXml(`<p>${entry.body}</p>`)
}

function rss(items: readonly Item[]): string {
  const body = items
    .map(
      (entry) =>
        `<item><title>${escapeXml(entry.title)}</title><link>${entry.link}</link><pubDate>${entry.date}</pubDate><dc:creator>${escapeXml(entry.author)}</dc:creator><description>${bodyOf(entry)}</description></item>`,
    )
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Le Phare</title><language>fr</language>${body}</channel></rss>`
}

function atom(items: readonly Item[]): string {
  const body = items
    .map(
      (entry) =>
        `<entry><title type="text">${escapeXml(entry.title)}</title><link href="${entry.link}"/><updated>${entry.date}</updated><author><name>${escapeXml(entry.author)}</name></author><content type="html">${escapeXml(`<p>${entry.body}</p>`)}</content></entry>`,
    )
    .join('\n')
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>The Beacon</title>${body}</feed>`
}

const feed = fc
  .tuple(fc.array(item, { maxLength: 8 }), fc.boolean())
  .map(([items, isAtom]) => ({ items, xml: isAtom ? atom(items) : rss(items) }))

function parseOrRefuse(xml: string): ReturnType<typeof parseFeed> | null {
  try {
    return parseFeed(xml)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return null
  }
}

describe('RSS and Atom feeds', () => {
  test('a valid feed gives back every item, its title and a parseable date', () => {
    fc.assert(
      fc.property(feed, ({ items, xml }) => {
        const parsed = parseFeed(xml)
        expect(parsed.items).toHaveLength(items.length)
        parsed.items.forEach((parsedItem, index) => {
          const expected = collapse(items[index]!.title)
          if (expected === '') expect(parsedItem.title).toBeUndefined()
          else expect(parsedItem.title).toBe(expected)
          if (parsedItem.published !== undefined)
            expect(Number.isNaN(Date.parse(parsedItem.published))).toBe(false)
        })
      }),
      { numRuns: 4_000 },
    )
  })

  test('a feed cut short or with a character replaced is parsed or refused with an InputError', () => {
    fc.assert(
      fc.property(feed, fc.nat(), anyText, (generated, at, replacement) => {
        const { xml } = generated
        const cut = at % (xml.length + 1)
        parseOrRefuse(xml.slice(0, cut))
        parseOrRefuse(xml.slice(0, cut) + replacement + xml.slice(cut + 1))
      }),
      { numRuns: 4_000 },
    )
  })

  test('every item of a parsed feed becomes an article or a failure naming the item', () => {
    fc.assert(
      fc.property(feed, ({ items, xml }) => {
        const results = [...extractArticles({ input: 'feed.xml', text: xml, format: 'feed' })]
        expect(results).toHaveLength(Math.max(items.length, 1))
        for (const result of results) {
          const input = result.ok ? result.article.source.input : result.input
          expect(input).toMatch(/^feed\.xml/u)
          if (!result.ok) expect(result.code).not.toBe('internal_error')
        }
      }),
      { numRuns: 2_000 },
    )
  })
})
