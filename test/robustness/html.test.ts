import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { decodeEntities } from '../../src/extract/decode-entities.ts'
import { ExtractError } from '../../src/extract/extract-error.ts'
import { extractHtml } from '../../src/extract/extract-html.ts'
import { htmlToText } from '../../src/extract/html-to-text.ts'
import { anyText, trickyText } from './generators.ts'

// Random pages built from real tags, attributes, entity references and broken markup. Text inside <script>,
// <style> and <template> carries a marker that must never reach the extracted text.
const HIDDEN = 'HIDDENMARKER'
const TAGS = [
  'div',
  'p',
  'span',
  'a',
  'article',
  'main',
  'section',
  'header',
  'footer',
  'nav',
  'aside',
]
const MORE_TAGS = [
  'h1',
  'h2',
  'ul',
  'li',
  'table',
  'tr',
  'td',
  'blockquote',
  'em',
  'b',
  'br',
  'img',
]
const ATTRIBUTES = [
  ' class="byline"',
  ' class="content article-body"',
  ' id="main"',
  ' lang="fr"',
  ' dir="rtl"',
  ' hidden',
  ' style="display:none"',
  ' href="javascript:alert(1)"',
  ' itemprop="author"',
  ' data-x="<p>"',
  ' title=\'a "b" c\'',
  ' class=unquoted',
  '',
]
const BROKEN = [
  '<',
  '</p',
  '<p',
  '<!',
  '<!--',
  '-->',
  '<![CDATA[x]]>',
  '&',
  '&amp',
  '&#',
  '&#x;',
  '&#0;',
  '&#x110000;',
  '&#xD800;',
  '&#99999999999;',
  '&nbsp;',
  '&eacute;',
  '&unknown;',
  '</html>',
  '<body>',
  '<head>',
  '<title>T</title>',
  '<meta charset="utf-8">',
  '<meta property="article:published_time" content="2022-01-14">',
  '<meta name="author" content="A &amp; B">',
  '<link rel="canonical" href="/a">',
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":{"name":"N"}}</script>',
  '<script type="application/ld+json">{broken</script>',
]

// Well-formed text: markup characters escaped, so every generated tag is a tag.
const cleanPiece = trickyText.map((text) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;'))
// Broken text: stray "<", unterminated comments and references, any code point. A stray "<" can turn the next
// tag into text, as browsers do ("<A<script>" is one element named "a<script"), so only clean pages are
// checked for script content.
const brokenPiece = fc.oneof(
  { weight: 4, arbitrary: cleanPiece },
  { weight: 1, arbitrary: fc.constantFrom(...BROKEN) },
  { weight: 1, arbitrary: anyText },
)

function pages(piece: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const { node } = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      piece,
      fc
        .tuple(
          fc.constantFrom(...TAGS, ...MORE_TAGS),
          fc.constantFrom(...ATTRIBUTES),
          fc.array(tie('node'), { maxLength: 5 }),
          fc.boolean(),
        )
        .map(
          ([tag, attributes, children, isClosed]) =>
            `<${tag}${attributes}>${children.join('')}${isClosed ? `</${tag}>` : ''}`,
        ),
      fc
        .constantFrom('script', 'style', 'template', 'noscript')
        .map((tag) => `<${tag}>var a = "${HIDDEN}"; if (a < b) {}</${tag}>`),
    ),
  }))
  return fc
    .tuple(fc.array(node, { maxLength: 8 }), fc.boolean())
    .map(([body, isWrapped]) =>
      isWrapped
        ? `<!doctype html><html><head><title>T</title></head><body>${body.join('\n')}</body></html>`
        : body.join(''),
    )
}

const cleanPage = pages(cleanPiece)
const brokenPage = pages(brokenPiece)

function extractOrRefuse(html: string): ReturnType<typeof extractHtml> | null {
  try {
    return extractHtml(html, { url: 'https://example.org/news/a' })
  } catch (error) {
    expect(error).toBeInstanceOf(ExtractError)
    return null
  }
}

describe('HTML extraction under random and broken markup', () => {
  test('extractHtml: broken markup gives text and well-formed metadata, or an ExtractError', () => {
    fc.assert(
      fc.property(brokenPage, (html) => {
        const extracted = extractOrRefuse(html)
        if (extracted === null) return
        expect(typeof extracted.text).toBe('string')
        expect(extracted.text).not.toContain('\r')
        expect(extracted.title === null || typeof extracted.title === 'string').toBe(true)
        if (extracted.url !== undefined) expect(extracted.url).toMatch(/^https?:\/\//u)
        if (extracted.published !== undefined)
          expect(Number.isNaN(Date.parse(extracted.published))).toBe(false)
      }),
      { numRuns: 3_000 },
    )
  })

  test('extractHtml and htmlToText: script, style and template content never reaches the text', () => {
    fc.assert(
      fc.property(cleanPage, (html) => {
        expect(extractOrRefuse(html)?.text ?? '').not.toContain(HIDDEN)
        expect(htmlToText(html)).not.toContain(HIDDEN)
      }),
      { numRuns: 2_000 },
    )
  })

  test('htmlToText never throws on broken markup', () => {
    fc.assert(
      fc.property(brokenPage, (html) => {
        expect(typeof htmlToText(html)).toBe('string')
      }),
      { numRuns: 3_000 },
    )
  })

  test('decodeEntities never throws and leaves text without references unchanged', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(anyText, fc.constantFrom(...BROKEN)), { maxLength: 10 }),
        (parts) => {
          const text = parts.join('')
          const decoded = decodeEntities(text)
          expect(typeof decoded).toBe('string')
          if (!text.includes('&')) expect(decoded).toBe(text)
        },
      ),
      { numRuns: 10_000 },
    )
  })
})
