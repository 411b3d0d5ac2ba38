import { describe, expect, test } from 'vitest'
import { htmlToText } from './html-to-text.ts'

describe('htmlToText', () => {
  test.each([
    [
      'blocks become paragraphs',
      '<p>One.</p><div>Two.</div><section><p>Three.</p></section>',
      'One.\n\nTwo.\n\nThree.',
    ],
    [
      '<br> is the only line break inside a paragraph',
      '<p>Line one<br>line two<br/>line three</p>',
      'Line one\nline two\nline three',
    ],
    ['source line breaks are spaces', '<p>Wrapped\nin the\r\nsource</p>', 'Wrapped in the source'],
    ['runs of <br> give at most one blank line', '<p>a<br><br><br><br>b</p>', 'a\n\nb'],
    ['leading and trailing <br> are dropped', '<p><br>a<br></p>', 'a'],
    [
      'list items and headings are paragraphs',
      '<h2>Facts</h2><ul><li>one</li><li>two</li></ul>',
      'Facts\n\none\n\ntwo',
    ],
    ['nested lists', '<ul><li>outer<ul><li>inner</li></ul></li></ul>', 'outer\n\ninner'],
    [
      'entities are decoded',
      '<p>Fish &amp; chips &lt;3 &eacute;t&eacute; &#x263A; &#8212;</p>',
      'Fish & chips <3 été ☺ —',
    ],
    ['&nbsp; is kept as U+00A0', '<p>10&nbsp;km</p>', '10\u00A0km'],
    ['white space collapses across inline elements', '<p>a <b> b </b> <i>c</i></p>', 'a b c'],
    ['no space is invented between inline elements', '<p>un<b>believ</b>able</p>', 'unbelievable'],
    [
      'scripts, styles, templates and buttons vanish',
      '<p>a<script>x()</script><style>p{}</style><button>Share</button>b</p>',
      'ab',
    ],
    [
      'hidden elements vanish',
      '<p>a</p><p hidden>b</p><p aria-hidden="true">c</p><p style="display: none">d</p>',
      'a',
    ],
    ['<pre> keeps spaces and line breaks', '<pre>\n  x = 1\n\n  y = 2\n</pre>', 'x = 1\n\n  y = 2'],
    [
      'table rows are paragraphs, cells tab-separated',
      '<table><tr><th>Party</th><th>Seats</th></tr><tr><td>Green</td><td>12</td></tr></table>',
      'Party\tSeats\n\nGreen\t12',
    ],
    ['quotes are not normalised', '<p>„Ja“ and "yes" and ‘oui’</p>', '„Ja“ and "yes" and ‘oui’'],
    ['a fragment without <html> or <body>', 'Plain <em>text</em> only', 'Plain text only'],
    ['empty markup gives empty text', '<div> <p>&nbsp;</p> </div>', ''],
  ])('%s', (_case, html, text) => {
    expect(htmlToText(html)).toBe(text)
  })
})
