import { parseHTML } from 'linkedom'
import {
  type DomDocument,
  type DomElement,
  type DomNode,
  isElement,
  isTextNode,
  tagName,
} from './dom-types.ts'
import { ExtractError } from './extract-error.ts'
import { flattenDeepHtml } from './flatten-deep-html.ts'

/** Larger HTML is refused: article pages are well under 3 MB, and parsing 10 MB takes seconds. */
export const DEFAULT_MAX_HTML_CHARS = 10 * 1024 * 1024

// Readability's cost grows faster than depth (a short text under 1 000 nested <div>s: 10 s; 256: 0.7 s;
// 128: 0.19 s). News pages nest 15 to 70 levels deep, so 128 keeps them intact.
const MAX_NESTING_DEPTH = 128

const HTML_START_TAG = /<html[\s>]/i
const LEADING_DECLARATIONS = /^(?:\s|<!doctype[^>]*>|<\?xml[^>]*>|<!--[\s\S]*?-->)*/i
// The HTML input stream turns CR and CRLF into LF before tokenising; linkedom does not.
const CARRIAGE_RETURNS = /\r\n?/g
const HEAD_ELEMENTS = new Set(['title', 'meta', 'link', 'base', 'style'])

/** Options for {@link parseHtmlDocument}. */
export interface ParseHtmlOptions {
  /** Refuse HTML longer than this many UTF-16 code units. */
  maxChars?: number
}

/** Parses an HTML page or fragment into a linkedom document whose <html> holds a <head> and a <body>. */
export function parseHtmlDocument(html: string, options: ParseHtmlOptions = {}): DomDocument {
  const maxChars = options.maxChars ?? DEFAULT_MAX_HTML_CHARS
  if (html.length > maxChars) {
    throw new ExtractError(
      'too_large',
      `HTML of ${html.length} characters is over the limit of ${maxChars} characters`,
    )
  }
  const source = html.replace(CARRIAGE_RETURNS, '\n')
  let document = parse(HTML_START_TAG.test(source) ? source : wrapFragment(source))
  // Elements before <html> become linkedom's document element; wrapping puts them in <body>.
  if (document.documentElement === null || tagName(document.documentElement) !== 'html') {
    document = parse(wrapFragment(source))
  }
  return document
}

function parse(source: string): DomDocument {
  // linkedom types its result as the browser's Window, which this Node-only build cannot see.
  const document: DomDocument = parseHTML(flattenDeepHtml(source, MAX_NESTING_DEPTH)).document
  const root = document.documentElement
  if (root !== null && tagName(root) === 'html') normalizeShape(document, root)
  return document
}

function wrapFragment(source: string): string {
  const prologue = LEADING_DECLARATIONS.exec(source)?.[0] ?? ''
  return `${prologue}<html><head></head><body>${source.slice(prologue.length)}</body></html>`
}

// linkedom (unlike an HTML5 parser) builds no implied <head> or <body>, and its `document.body`,
// which Readability reads, is only the element right after a leading <head>. Pages that omit either
// tag would look empty, so stray children of <html> are moved where a browser would put them.
function normalizeShape(document: DomDocument, root: DomElement): void {
  const children = Array.from(root.childNodes)
  const head = children.find(isNamed('head')) ?? document.createElement('head')
  const body = children.find(isNamed('body')) ?? document.createElement('body')
  const beforeBody: DomNode[] = []
  const afterBody: DomNode[] = []
  let isAfterBody = false
  for (const child of children) {
    if (child === body) isAfterBody = true
    if (child === head || child === body) continue
    if (isElement(child) && HEAD_ELEMENTS.has(tagName(child))) head.append(child)
    else if (isAfterBody) afterBody.push(child)
    else beforeBody.push(child)
  }
  // Content after an early or stray </html> is left beside the root by linkedom; a browser parses it into
  // <body>, and Readability, walking up from it to <body>, would otherwise reach null and throw.
  const topLevel = Array.from(document.childNodes)
  for (const node of topLevel.slice(topLevel.indexOf(root) + 1))
    if (isElement(node) || isTextNode(node)) afterBody.push(node)
  root.prepend(head)
  head.after(body)
  if (beforeBody.length > 0) body.prepend(...beforeBody)
  if (afterBody.length > 0) body.append(...afterBody)
}

function isNamed(name: string): (node: DomNode) => node is DomElement {
  return (node): node is DomElement => isElement(node) && tagName(node) === name
}
