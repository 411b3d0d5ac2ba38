import { expect, test } from 'vitest'
import { escapeHtml } from './escape-html.ts'

test.each([
  ['all five special characters', `&<>"'`, '&amp;&lt;&gt;&quot;&#39;'],
  ['a script tag', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
  ['an attribute break-out', `" onmouseover='x'`, '&quot; onmouseover=&#39;x&#39;'],
  ['text without specials is unchanged', 'Zelensky — « paix » 😀', 'Zelensky — « paix » 😀'],
])('%s', (_case, text, expected) => {
  expect(escapeHtml(text)).toBe(expected)
})
