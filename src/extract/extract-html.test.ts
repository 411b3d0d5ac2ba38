import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { ExtractError } from './extract-error.ts'
import { extractHtml } from './extract-html.ts'

const FIXTURES = new URL('../../test/fixtures/ingest/', import.meta.url)
const readFixture = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8')

// Generous bounds for a loaded CI machine; measured locally at a quarter of these.
// A bound against hangs (exponential or quadratic parsing), not a speed target: speed is measured in bench/.
const HANG_BOUND_MS = 60_000

describe('extractHtml', () => {
  test('an article page keeps only the article text (no nav, cookie banner, script, sidebar, footer)', () => {
    const page = extractHtml(readFixture('article-page.html'), {
      url: 'https://harbourledger.example/some/path',
    })
    expect(page.text).toBe(readFixture('article-page.expected.txt'))
    for (const boilerplate of [
      'cookies',
      'Accept all',
      'Opinion',
      'Share on',
      'Most read',
      'dataLayer',
      'rights reserved',
      'font-family',
    ]) {
      expect(page.text).not.toContain(boilerplate)
    }
  })

  test('reads title, byline, site name, date, language and the canonical URL', () => {
    const page = extractHtml(readFixture('article-page.html'), {
      url: 'https://harbourledger.example/some/path',
    })
    expect(page).toMatchObject({
      title: 'Tidal barrier vote delayed after survey row',
      byline: 'Priya Okonkwo-Hale',
      siteName: 'The Harbour Ledger',
      published: '2025-04-02T08:15:00+01:00',
      lang: 'en-GB',
      url: 'https://harbourledger.example/news/2025/04/02/tidal-barrier-vote-delayed',
    })
  })

  test.each([
    [
      'JSON-LD and <time> when meta tags are missing',
      '<html><head><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"Quay reopens","datePublished":"2025-01-05","author":[{"name":"A. Rook"},{"name":"B. Stone"}],"publisher":{"name":"Quay Post"}}]}</script></head><body><p>The quay reopened.</p></body></html>',
      {
        title: 'Quay reopens',
        published: '2025-01-05',
        byline: 'A. Rook, B. Stone',
        siteName: 'Quay Post',
      },
    ],
    [
      'a <time datetime> inside the article',
      '<html><body><article><time datetime="2024-11-30T12:00:00Z">Saturday</time><p>Text.</p></article></body></html>',
      { published: '2024-11-30T12:00:00Z' },
    ],
    [
      'og:url when there is no canonical link, <title> when there is no og:title',
      '<html><head><title>Plain title</title><meta property="og:url" content="https://x.example/a"></head><body><p>Text.</p></body></html>',
      { title: 'Plain title', url: 'https://x.example/a' },
    ],
    [
      'broken JSON-LD is ignored',
      '<html lang="fr"><head><script type="application/ld+json">{not json</script></head><body><p>Texte.</p></body></html>',
      { lang: 'fr', text: 'Texte.' },
    ],
  ])('metadata: %s', (_case, html, expected) => {
    expect(extractHtml(html)).toMatchObject(expected)
  })

  test('falls back to body text on pages too short for Readability', () => {
    expect(extractHtml('<html><body><span>Hello</span></body></html>')).toEqual({
      title: null,
      text: 'Hello',
    })
    expect(extractHtml('<p>Just one line.</p>').text).toBe('Just one line.')
  })

  test('a page without text gives empty text, not an error', () => {
    expect(
      extractHtml('<html><head><title>Only a title</title></head><body></body></html>'),
    ).toEqual({
      title: 'Only a title',
      text: '',
    })
  })

  test('refuses HTML over the size limit with a clear error', () => {
    const html = `<p>${'x'.repeat(2000)}</p>`
    expect(() => extractHtml(html, { maxChars: 1000 })).toThrow(ExtractError)
    expect(() => extractHtml(html, { maxChars: 1000 })).toThrow(
      'HTML of 2007 characters is over the limit of 1000 characters',
    )
  })

  test('50 000 nested <div>s neither crash nor hang, and their text survives', {
    timeout: HANG_BOUND_MS,
  }, () => {
    const depth = 50_000
    const html = `<html><body>${'<div>'.repeat(depth)}<p>Deep words here.</p>${'</div>'.repeat(depth)}<p>After the nest.</p></body></html>`
    const page = extractHtml(html)
    expect(page.text).toContain('Deep words here.')
    expect(page.text).toContain('After the nest.')
  })

  test.each([
    ['100 000 unclosed <span>s', `<html><body>${'<span>'.repeat(100_000)}text</body></html>`],
    ['100 000 tags that never close their ">"', '<div '.repeat(100_000)],
    [
      'stray closing tags around deep nesting',
      `${'</div>'.repeat(50_000)}${'<div>'.repeat(1000)}x${'</b>'.repeat(50_000)}`,
    ],
    ['an unterminated comment', `<p>a</p><!--${'x'.repeat(100_000)}`],
  ])('hostile markup is bounded in time: %s', { timeout: HANG_BOUND_MS }, (_case, html) => {
    const page = extractHtml(html)
    expect(page.text).not.toContain('\n\n\n')
  })

  test('property: HTML-ish input returns clean text or throws ExtractError, within a bound', {
    timeout: HANG_BOUND_MS,
  }, () => {
    const tag = fc.constantFrom(
      'p',
      'div',
      'br',
      'li',
      'ul',
      'pre',
      'script',
      'b',
      'table',
      'td',
      'html',
      'body',
      'head',
      'title',
      'svg',
    )
    const token = fc.oneof(
      tag.map((name) => `<${name}>`),
      tag.map((name) => `</${name}>`),
      fc.constantFrom(
        '<!--',
        '-->',
        '&amp;',
        '&nbsp;',
        '&#0;',
        '&#x1F600;',
        '<br/>',
        '<',
        '>',
        '"',
        ' ',
        '\n',
        '\r\n',
        '\t',
        '<p hidden>',
        '<meta charset=x>',
      ),
      fc.string({ maxLength: 12 }),
    )
    const html = fc.array(token, { maxLength: 60 }).map((tokens) => tokens.join(''))
    fc.assert(
      fc.property(html, (source) => {
        try {
          const page = extractHtml(source, { maxChars: 400 })
          expect(page.text).not.toContain('\r')
          expect(page.text).not.toContain('\n\n\n')
          expect(page.text).toBe(page.text.trim())
          expect(page.text).not.toMatch(/<\/?(?:p|div|script|b)>/)
        } catch (error) {
          expect(error).toBeInstanceOf(ExtractError)
        }
      }),
      { numRuns: 300 },
    )
  })

  test.each([
    ['a fragment with an early </html>', '</html><div><div>Le texte de l’article.</div></div>'],
    [
      'a page with content after </html>',
      '<html><body><p>Avant.</p></body></html><div>Le texte de l’article.</div>',
    ],
  ])('issue #8 (fuzz): %s is body text, not a Readability crash', (_, html) => {
    expect(extractHtml(html).text).toContain('Le texte de l’article.')
  })
})
