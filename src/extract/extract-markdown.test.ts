import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { ExtractError } from './extract-error.ts'
import { extractMarkdown } from './extract-markdown.ts'

// Inline rather than a .md fixture: Markdown formatters rewrite fixture files (front matter, "*").
const ARTICLE = `---
title: Orchard co-operative votes to stay independent
author:
  - Wen Albescu
  - Tariq Holm
date: 2025-06-18
outlet: The Valley Lantern
url: https://valleylantern.example/orchard-vote
lang: en
---

# Orchard co-operative votes *to stay* independent

Members of the **Brackwater Orchard Co-operative** voted 212 to 37 against a merger
with [Northfield Fruit](https://northfield.example/about "company site"), a larger
packing firm.

![A crate of apples](https://valleylantern.example/img/crates.jpg)

> "We would be a line in somebody else's spreadsheet," said chair Olwen Prys.

The offer, in short:

- a payment of __£1.4m__ to members;
- a seat on the \`Northfield\` board.

\`\`\`
merger_vote = 212 - 37
\`\`\`

Line one of a poem,${'  '}
line two after a hard break.
`

describe('extractMarkdown', () => {
  test('a front-matter article: fields read, syntax stripped, headline kept as first paragraph', () => {
    expect(extractMarkdown(ARTICLE)).toEqual({
      title: 'Orchard co-operative votes to stay independent',
      byline: 'Wen Albescu, Tariq Holm',
      published: '2025-06-18',
      outlet: 'The Valley Lantern',
      url: 'https://valleylantern.example/orchard-vote',
      lang: 'en',
      text: [
        'Orchard co-operative votes to stay independent',
        'Members of the Brackwater Orchard Co-operative voted 212 to 37 against a merger with Northfield Fruit, a larger packing firm.',
        '"We would be a line in somebody else\'s spreadsheet," said chair Olwen Prys.',
        'The offer, in short:',
        'a payment of £1.4m to members;',
        'a seat on the Northfield board.',
        'merger_vote = 212 - 37',
        'Line one of a poem,\nline two after a hard break.',
      ].join('\n\n'),
    })
  })

  test.each([
    ['ATX heading markers', '## Section ##\n\ntext', 'Section\n\ntext'],
    ['"#" without a space is text', '#hashtag and C#', '#hashtag and C#'],
    ['a heading that ends in C#', '## Learning C#', 'Learning C#'],
    ['setext headings', 'Big news\n========\n\nSmall news\n----------', 'Big news\n\nSmall news'],
    ['emphasis of all kinds', '*a* **b** ***c*** _d_ __e__ ~~f~~', 'a b c d e f'],
    ['nested emphasis', '**bold with *italics* inside**', 'bold with italics inside'],
    ['snake_case is not emphasis', 'call read_input_file now', 'call read_input_file now'],
    ['a lone asterisk stays', '5 * 3 = 15', '5 * 3 = 15'],
    [
      'inline links keep their text',
      'see [the report](https://x.example/r_(2024) "Report") now',
      'see the report now',
    ],
    [
      'reference links keep their text; definitions go',
      'see [the report][r] and [Annex]\n\n[r]: https://x.example\n[annex]: https://y.example',
      'see the report and Annex',
    ],
    ['undefined shortcut brackets stay', 'array[0] and [sic]', 'array[0] and [sic]'],
    ['images vanish', 'a ![chart](c.png) b', 'a b'],
    ['autolinks keep the address', '<https://x.example/a>', 'https://x.example/a'],
    ['inline code keeps its content literally', 'run `a *b* [c](d)` now', 'run a *b* [c](d) now'],
    ['backslash escapes', '\\*not emphasis\\* and 1\\. item', '*not emphasis* and 1. item'],
    ['inline HTML tags go, <br> breaks the line', 'a <span class="x">b</span><br>c', 'a b\nc'],
    ['entities are decoded', 'Fish &amp; chips &mdash; &#233;t&#xE9; &nbsp;', 'Fish & chips — été'],
    ['soft line breaks render as spaces', 'one\ntwo\nthree', 'one two three'],
    ['a trailing backslash is a hard break', 'one\\\ntwo', 'one\ntwo'],
    ['blockquote markers', '> quoted\n> > nested', 'quoted nested'],
    ['ordered lists', '1. first\n2. second', 'first\n\nsecond'],
    [
      'a year starting a line does not start a list mid-paragraph',
      'It began in\n1995. That year',
      'It began in 1995. That year',
    ],
    ['task lists', '- [x] done\n- [ ] open', 'done\n\nopen'],
    ['thematic breaks vanish', 'a\n\n***\n\nb', 'a\n\nb'],
    [
      'tables: rows are paragraphs, cells tab-separated',
      '| Party | Seats |\n|---|--:|\n| Green | 12 |',
      'Party\tSeats\n\nGreen\t12',
    ],
    [
      'fenced code keeps lines and drops fences',
      '~~~js\nconst a = 1\n\n\n\nconst b = 2\n~~~',
      'const a = 1\n\nconst b = 2',
    ],
    ['an unclosed fence runs to the end', '```\ncode *here*', 'code *here*'],
    ['CRLF and BOM', '\uFEFF# T\r\n\r\nbody\r\n', 'T\n\nbody'],
  ])('%s', (_case, markdown, text) => {
    expect(extractMarkdown(markdown).text).toBe(text)
  })

  test.each([
    ['# Headline\n\nBody.', 'Headline'],
    ['Headline\n===\n\nBody.', 'Headline'],
    ['## Only a subheading\n\nBody.', null],
    ['Body first.\n\n# Later heading', null],
    ['---\ntitle: From front matter\n---\n# Headline', 'From front matter'],
  ])('title of %j', (markdown, title) => {
    expect(extractMarkdown(markdown).title).toBe(title)
  })

  test('a document that opens with a rule has no front matter', () => {
    expect(extractMarkdown('---\nJust a paragraph\n---\nMore').text).toBe(
      'Just a paragraph\n\nMore',
    )
  })

  test('malformed front matter is an error that says why', () => {
    expect(() => extractMarkdown('---\ntitle: [unclosed\n---\nBody')).toThrow(ExtractError)
    expect(() => extractMarkdown('---\ntitle: [unclosed\n---\nBody')).toThrow(
      /^front matter is not valid YAML: /,
    )
  })

  test('front matter: author objects, date normalisation, unknown keys ignored', () => {
    const markdown =
      '---\nauthor: {name: Ola Vik}\npubDate: "Tue, 10 Jun 2025 04:00:00 GMT"\ntags: [a, b]\n---\nBody'
    expect(extractMarkdown(markdown)).toEqual({
      title: null,
      byline: 'Ola Vik',
      published: '2025-06-10T04:00:00.000Z',
      text: 'Body',
    })
  })

  test('property: never throws (except for front matter), no CR, no 3+ newlines, trimmed', () => {
    const token = fc.oneof(
      fc.constantFrom(
        '#',
        '# ',
        '*',
        '**',
        '_',
        '`',
        '```',
        '[',
        ']',
        '(',
        ')',
        '!',
        '>',
        '- ',
        '1. ',
        '|',
        '---',
        '\n',
        '\r\n',
        '  \n',
        '\\',
        '&amp;',
        '<br>',
        '<b>',
        '~~',
      ),
      fc.string({ maxLength: 8 }),
    )
    const markdown = fc.array(token, { maxLength: 60 }).map((tokens) => tokens.join(''))
    fc.assert(
      fc.property(markdown, (source) => {
        try {
          const { text } = extractMarkdown(source)
          expect(text).not.toContain('\r')
          expect(text).not.toContain('\n\n\n')
          expect(text).toBe(text.trim())
        } catch (error) {
          expect(error).toBeInstanceOf(ExtractError)
        }
      }),
      { numRuns: 500 },
    )
  })

  // A bound against catastrophic backtracking, not a speed target (speed is measured in bench/): quadratic
  // inline matching would take minutes on this input, linear takes milliseconds.
  test('unmatched markers in a long paragraph end, markers kept as text', {
    timeout: 60_000,
  }, () => {
    const { text } = extractMarkdown('*a `b [c _d '.repeat(10_000))
    expect(text.length).toBeGreaterThan(50_000)
    expect(text).toContain('[c')
  })

  test('issue #8 (fuzz): an unknown YAML tag in front matter prints no process warning', async () => {
    const warnings: Error[] = []
    const listen = (warning: Error) => warnings.push(warning)
    process.on('warning', listen)
    try {
      const { text } = extractMarkdown('---\ntitle: !OTAN Titre\n---\nCorps.\n')
      expect(text).toContain('Corps.')
      // Process warnings are emitted on the next tick.
      await new Promise((resolve) => setImmediate(resolve))
    } finally {
      process.off('warning', listen)
    }
    expect(warnings).toEqual([])
  })
})
