import { describe, expect, test } from 'vitest'
import { flattenDeepHtml } from './flatten-deep-html.ts'

describe('flattenDeepHtml', () => {
  test.each([
    ['shallow markup', '<div><p>a</p><p>b</p></div>'],
    ['unclosed paragraphs do not count as nesting', '<div><p>a<p>b<p>c<p>d</div>'],
    ['list items close each other', '<ul><li>a<li>b<li>c<li>d</ul>'],
    ['void elements do not nest', '<p>a<br><br><br><img src=x><br>b</p>'],
    ['SVG self-closing elements do not nest', '<svg><path/><path/><path/><path/></svg>'],
  ])('%s: unchanged under a cap of 3', (_case, html) => {
    expect(flattenDeepHtml(html, 3)).toBe(html)
  })

  test('tags deeper than the cap are dropped, their text kept', () => {
    expect(flattenDeepHtml('<a><b><i><u>text</u></i></b></a>', 2)).toBe('<a><b>text</b></a>')
  })

  test('raw-text elements are not tokenised: "<div>" inside a script is not a tag', () => {
    const html = `<div><script>var s = "${'<div>'.repeat(10)}"</script><p>x</p></div>`
    expect(flattenDeepHtml(html, 2)).toBe(html)
  })

  test('comments are skipped', () => {
    const html = `<div><!-- ${'<div>'.repeat(10)} --><p>x</p></div>`
    expect(flattenDeepHtml(html, 2)).toBe(html)
  })

  test('closing tags of kept elements survive past a dropped region', () => {
    const html = '<div><section><article><p>deep</p></article></section></div><p>after</p>'
    expect(flattenDeepHtml(html, 2)).toBe('<div><section>deep</section></div><p>after</p>')
  })
})
