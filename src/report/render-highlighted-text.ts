import type { Highlight } from './collect-highlights.ts'
import { escapeHtml } from './escape-html.ts'
import { highlightSegments } from './highlight-segments.ts'

// A blank line (possibly holding spaces) separates paragraphs; a single line break stays a <br>.
const PARAGRAPH_BREAK = /\r?\n(?:[ \t]*\r?\n)+/gu
const LINE_BREAK = /\r?\n/u
const PARAGRAPH_LAYER = 'paragraph-break'
// A text that starts or ends with a blank line would otherwise leave an empty paragraph behind.
const EMPTY_PARAGRAPH = /<p><\/p>\n?/gu

/**
 * Renders text as HTML paragraphs with every highlight marked; each piece of text and every title is
 * escaped here, so no document string is ever inserted as markup.
 */
export function renderHighlightedText(text: string, highlights: readonly Highlight[]): string {
  // Paragraph breaks join the cut as pseudo-highlights, so a mark that crosses one is closed and reopened.
  const breaks: Highlight[] = [...text.matchAll(PARAGRAPH_BREAK)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    layer: PARAGRAPH_LAYER,
    className: '',
    title: '',
  }))
  const pieces = highlightSegments(text, [...breaks, ...highlights]).map((segment) => {
    if (segment.ranges.some((range) => range.layer === PARAGRAPH_LAYER)) return '</p>\n<p>'
    const content = segment.text.split(LINE_BREAK).map(escapeHtml).join('<br>\n')
    if (segment.ranges.length === 0) return content
    const classes = segment.ranges.flatMap((range) => [`layer-${range.layer}`, range.className])
    const title = segment.ranges.map((range) => range.title).join('\n')
    return `<mark class="${escapeHtml(unique(classes).join(' '))}" title="${escapeHtml(title)}">${content}</mark>`
  })
  return `<p>${pieces.join('')}</p>`.replace(EMPTY_PARAGRAPH, '')
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)]
}
