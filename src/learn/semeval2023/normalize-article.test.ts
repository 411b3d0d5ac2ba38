import { expect, test } from 'vitest'
import { normalizeArticle } from './normalize-article.ts'

test('CRLF becomes LF and code-point offsets of the raw file map to UTF-16 offsets of the text', () => {
  // Raw code points: T(0) i(1) t(2) \r(3) \n(4) \r(5) \n(6) 😀(7) space(8) f(9) e(10) a(11) r(12) \r(13) \n(14)
  const raw = 'Tit\r\n\r\n😀 fear\r\n'
  const article = normalizeArticle(raw)
  expect(article.text).toBe('Tit\n\n😀 fear\n')
  const start = article.textOffset(9)
  const end = article.textOffset(13)
  expect(article.text.slice(start, end)).toBe('fear')
  expect(article.lines).toEqual([
    { line: 1, start: 0, end: 3 },
    { line: 3, start: 5, end: 12 },
  ])
})

test('offsets past the end clamp to the end of the text', () => {
  const article = normalizeArticle('ab\r\n')
  expect(article.textOffset(99)).toBe(article.text.length)
})

test('a lone CR is kept (only CRLF pairs are line breaks to fold)', () => {
  expect(normalizeArticle('a\rb').text).toBe('a\rb')
})
