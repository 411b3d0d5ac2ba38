import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { InputError } from './input-error.ts'
import { parseFeed } from './parse-feed.ts'

const FIXTURES = new URL('../../test/fixtures/ingest/', import.meta.url)
const readFixture = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8')

function parseError(xml: string): InputError {
  try {
    parseFeed(xml)
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('expected parseFeed to throw')
}

describe('parseFeed', () => {
  test('RSS 2.0: title, link, date, author, content:encoded over description', () => {
    const feed = parseFeed(readFixture('feed-rss2.xml'))
    expect(feed.title).toBe('The Fenwick Gazette & Courier')
    expect(feed.lang).toBe('en-gb')
    expect(feed.items).toHaveLength(3)
    expect(feed.items[0]).toEqual({
      title: 'Library reopens after roof repairs',
      url: 'https://fenwickgazette.example/news/library-reopens',
      published: '2025-04-12T08:30:00.000Z',
      byline: 'Idris Vantongeren',
      content: {
        kind: 'html',
        value:
          '<p>The Fenwick town library reopened on Friday after <strong>eight months</strong> of roof repairs.</p><p>Opening hours are unchanged:<br>Monday to Saturday, 9&nbsp;am to 6&nbsp;pm.</p><script>track()</script>',
      },
    })
    expect(feed.items[1]).toMatchObject({
      title: 'Council’s bus plan <draft> goes to consultation',
      byline: 'Rosa Abernethy-Kaur',
      published: '2025-04-11T17:05:00.000Z',
      content: { kind: 'html', value: expect.stringContaining('<em>cuts</em>') },
    })
    expect(feed.items[2]?.content).toBeUndefined()
  })

  test('Atom: html, xhtml and text content; entry and feed authors; xml:lang', () => {
    const feed = parseFeed(readFixture('feed-atom.xml'))
    expect(feed).toMatchObject({ title: 'Der Kiesberger Bote', lang: 'de' })
    expect(feed.items).toEqual([
      {
        title: 'Neue Fähre ab Juni',
        url: 'https://kiesberger-bote.example/2025/05/faehre',
        published: '2025-05-03T08:00:00+02:00',
        byline: 'Lotte Brauneis',
        lang: 'de',
        content: {
          kind: 'html',
          value:
            '<p>Ab Juni verkehrt eine zweite Fähre zwischen Kiesberg und Unterau.</p><p>Die Stadt zahlt 1,2&nbsp;Millionen Euro.</p>',
        },
      },
      {
        title: 'Marktplatz wird Fußgängerzone',
        url: 'https://kiesberger-bote.example/2025/05/marktplatz',
        published: '2025-05-02T15:30:00Z',
        byline: 'Redaktion Kiesberg',
        lang: 'de',
        content: { kind: 'html', value: expect.stringContaining('<p>Ab Juli dürfen keine Autos') },
      },
      {
        title: 'Short notice in English',
        url: 'https://kiesberger-bote.example/2025/05/notice-en',
        published: '2025-05-01T07:00:00Z',
        byline: 'Redaktion Kiesberg',
        lang: 'en',
        content: { kind: 'text', value: 'The town hall is closed on 8 May & 9 May.' },
      },
    ])
  })

  test('RSS 1.0 (RDF): items beside the channel', () => {
    const feed = parseFeed(
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Ostmark Wire</title></channel><item><title>One</title><link>https://ostmark.example/1</link><dc:date>2025-01-02T03:04:05Z</dc:date><description>Body &amp; more</description></item></rdf:RDF>',
    )
    expect(feed).toEqual({
      title: 'Ostmark Wire',
      items: [
        {
          title: 'One',
          url: 'https://ostmark.example/1',
          published: '2025-01-02T03:04:05Z',
          content: { kind: 'html', value: 'Body & more' },
        },
      ],
    })
  })

  test.each([
    [
      'an unclosed element',
      '<rss><channel><item><title>x</title></channel></rss>',
      /^malformed XML: Expected closing tag 'item' .* \(line 1, column \d+\)$/,
    ],
    [
      'a bare ampersand',
      '<rss><channel><title>A & B</title></channel></rss>',
      /^malformed XML: char '&' is not expected\. \(line 1, column \d+\)$/,
    ],
    [
      'an external entity',
      '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><title>&x;</title></channel></rss>',
      /^malformed XML: External entities are not supported/,
    ],
    [
      'extreme nesting',
      `<rss>${'<a>'.repeat(20_000)}${'</a>'.repeat(20_000)}</rss>`,
      /^malformed XML: Maximum nested tags exceeded/,
    ],
  ])('malformed XML is reported with the parser’s reason: %s', (_case, xml, message) => {
    const error = parseError(xml)
    expect(error.code).toBe('malformed_xml')
    expect(error.message).toMatch(message)
  })

  test('XML that is not a feed names its root element', () => {
    const error = parseError(
      '<?xml version="1.0"?><urlset><url><loc>https://x.example</loc></url></urlset>',
    )
    expect(error.code).toBe('unsupported_format')
    expect(error.message).toBe('XML, but not an RSS or Atom feed (root element <urlset>)')
  })

  test('an entity-expansion bomb stays small', () => {
    const lol =
      '<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
    const xml = `<?xml version="1.0"?><!DOCTYPE rss [${lol}]><rss><channel><title>&d;&d;&d;&d;</title></channel></rss>`
    let title: string | undefined
    try {
      title = parseFeed(xml).title
    } catch (error) {
      expect(error).toBeInstanceOf(InputError)
    }
    expect(title?.length ?? 0).toBeLessThan(100_000)
  })
})
