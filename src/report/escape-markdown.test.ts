import { expect, test } from 'vitest'
import { escapeMarkdown } from './escape-markdown.ts'

test.each([
  ['emphasis', 'a *b* _c_', 'a \\*b\\* \\_c\\_'],
  ['links and images', '![x](javascript:alert(1))', '!\\[x\\](javascript:alert(1))'],
  [
    'raw HTML and entities',
    '<img src=x onerror=alert(1)> &amp;',
    '\\<img src=x onerror=alert(1)\\> \\&amp;',
  ],
  ['table cells and code', 'a | `b`', 'a \\| \\`b\\`'],
  ['line breaks cannot start a block', 'x\n# h\n\n> q\r\n- l', 'x \\# h \\> q - l'],
  ['backslashes', 'C:\\path', 'C:\\\\path'],
  ['plain prose stays readable', "L'OTAN (Bruxelles), 3.5 % !", "L'OTAN (Bruxelles), 3.5 % !"],
])('%s', (_case, text, expected) => {
  expect(escapeMarkdown(text)).toBe(expected)
})
