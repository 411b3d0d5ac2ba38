import { type DomElement, type DomNode, isElement, isTextNode, tagName } from './dom-types.ts'
import { ParagraphBuilder } from './paragraph-builder.ts'
import { type ParseHtmlOptions, parseHtmlDocument } from './parse-html-document.ts'

// Each of these renders as its own block: its text becomes one or more paragraphs.
const BLOCK_ELEMENTS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'listing',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'plaintext',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
  'xmp',
])

const PREFORMATTED_ELEMENTS = new Set(['pre', 'listing', 'xmp', 'plaintext'])
const TABLE_CELLS = new Set(['td', 'th'])

// Never rendered as article text: code, embedded media, form controls and document metadata.
const SKIPPED_ELEMENTS = new Set([
  'audio',
  'base',
  'button',
  'canvas',
  'embed',
  'head',
  'iframe',
  'img',
  'input',
  'link',
  'map',
  'math',
  'meta',
  'noscript',
  'object',
  'picture',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'textarea',
  'title',
  'video',
])

const HIDING_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i

/** Options for {@link nodeToText}. */
export interface NodeToTextOptions {
  /** Elements for which this returns true are left out, with everything inside them. */
  isSkipped?: (element: DomElement) => boolean
}

interface ElementExit {
  readonly exitOf: string
}

/** Renders a DOM subtree as paragraphs of plain text (blocks, list items and headings each a paragraph). */
export function nodeToText(root: DomNode, options: NodeToTextOptions = {}): string {
  const builder = new ParagraphBuilder()
  // An explicit stack, not recursion: hostile pages nest elements deeper than the call stack.
  const stack: Array<DomNode | ElementExit> = [root]
  let preformattedDepth = 0
  while (stack.length > 0) {
    const item = stack.pop()
    if (item === undefined) break
    if ('exitOf' in item) {
      if (PREFORMATTED_ELEMENTS.has(item.exitOf)) preformattedDepth -= 1
      if (BLOCK_ELEMENTS.has(item.exitOf)) builder.endParagraph()
      continue
    }
    if (isTextNode(item)) {
      const text = item.textContent ?? ''
      if (preformattedDepth > 0) builder.addPreformattedText(text)
      else builder.addText(text)
      continue
    }
    if (!isElement(item)) continue
    const name = tagName(item)
    if (SKIPPED_ELEMENTS.has(name) || isHidden(item) || options.isSkipped?.(item) === true) continue
    if (name === 'br') {
      builder.addLineBreak()
      continue
    }
    if (BLOCK_ELEMENTS.has(name)) builder.endParagraph()
    if (PREFORMATTED_ELEMENTS.has(name)) preformattedDepth += 1
    if (TABLE_CELLS.has(name)) builder.addCellBoundary()
    stack.push({ exitOf: name })
    const children = item.childNodes
    for (let index = children.length - 1; index >= 0; index -= 1) {
      const child = children[index]
      if (child !== undefined) stack.push(child)
    }
  }
  return builder.toText()
}

/** Renders an HTML fragment or page (its <body>) as paragraphs of plain text, without boilerplate removal. */
export function htmlToText(html: string, options: ParseHtmlOptions = {}): string {
  const document = parseHtmlDocument(html, options)
  const body = document.body
  return body === null ? '' : nodeToText(body)
}

function isHidden(element: DomElement): boolean {
  if (element.hasAttribute('hidden')) return true
  if (element.getAttribute('aria-hidden') === 'true') return true
  const style = element.getAttribute('style')
  return style !== null && HIDING_STYLE.test(style)
}
