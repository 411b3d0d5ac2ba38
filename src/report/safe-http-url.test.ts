import { expect, test } from 'vitest'
import { safeHttpUrl } from './safe-http-url.ts'

test.each<[string, string | undefined, string | null]>([
  ['https', 'https://example.org/a?b=1', 'https://example.org/a?b=1'],
  ['http, normalised', 'HTTP://Example.org', 'http://example.org/'],
  [
    'quotes and angle brackets are percent-encoded',
    'https://x.org/"><b>',
    'https://x.org/%22%3E%3Cb%3E',
  ],
  ['javascript', 'javascript:alert(1)', null],
  ['javascript with spaces and case', '  JavaScript:alert(1)', null],
  ['data', 'data:text/html,<script>alert(1)</script>', null],
  ['relative', '/article/1', null],
  ['missing', undefined, null],
])('%s', (_case, url, expected) => {
  expect(safeHttpUrl(url)).toBe(expected)
})
