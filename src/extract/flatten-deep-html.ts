// linkedom's tree building slows down sharply with nesting depth (50 000 nested <div>s took 1.5 to
// 4.5 s to parse, 100 000 took 14 s; measured 2026-05, Node 20), and Readability is worse (1 000
// nested <div>s around a short text: 10 s). Real pages stay far below 100 levels, so tags nested
// deeper than a cap are dropped from the source before parsing; their text is kept.

// Elements whose content is raw text: a "<" inside them opens no tag.
const RAW_TEXT_ELEMENTS = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'plaintext',
])

const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'basefont',
  'bgsound',
  'br',
  'col',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
])

// Opening one of these closes an open <p> (HTML "close a p element"); enough to keep the depth
// estimate honest on pages that never close their paragraphs.
const CLOSES_PARAGRAPH = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'details',
  'div',
  'dl',
  'fieldset',
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
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
])

// Opening the key closes an open element named in the value when it is the current element.
const CLOSES_SIBLING: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['li', new Set(['li'])],
  ['dt', new Set(['dt', 'dd'])],
  ['dd', new Set(['dt', 'dd'])],
  ['tr', new Set(['tr', 'td', 'th'])],
  ['td', new Set(['td', 'th'])],
  ['th', new Set(['td', 'th'])],
  ['option', new Set(['option'])],
])

// In SVG and MathML "<x/>" closes itself; in HTML the slash is ignored.
const FOREIGN_ROOTS = new Set(['svg', 'math'])

const TAG_NAME = /^\/?([a-zA-Z][^\s/>]*)/

interface OpenElement {
  name: string
  isKept: boolean
}

/** Drops the tags of elements nested deeper than `maxDepth` (keeping their text), so parsing stays fast. */
export function flattenDeepHtml(html: string, maxDepth: number): string {
  const lower = html.toLowerCase()
  const stack: OpenElement[] = []
  const kept: string[] = []
  let copiedUpTo = 0
  let foreignDepth = 0
  let position = lower.indexOf('<')
  while (position !== -1) {
    if (lower.startsWith('<!--', position)) {
      const commentEnd = lower.indexOf('-->', position + 4)
      if (commentEnd === -1) break
      position = lower.indexOf('<', commentEnd + 3)
      continue
    }
    const tagEnd = lower.indexOf('>', position + 1)
    // No ">" anywhere after this point: the rest is text, and searching on would be quadratic.
    if (tagEnd === -1) break
    const match = TAG_NAME.exec(lower.slice(position + 1, Math.min(tagEnd, position + 64)))
    const name = match?.[1]
    if (name === undefined) {
      position = lower.indexOf('<', position + 1)
      continue
    }
    const isClosing = lower.charCodeAt(position + 1) === 47 // "/"
    const isSelfClosing = lower.charCodeAt(tagEnd - 1) === 47 && foreignDepth > 0
    let isDropped = false
    if (isClosing) {
      isDropped = closeElement(stack, name, maxDepth) === false
      if (FOREIGN_ROOTS.has(name) && foreignDepth > 0 && !isDropped) foreignDepth -= 1
    } else if (RAW_TEXT_ELEMENTS.has(name)) {
      const rawEnd = lower.indexOf(`</${name}`, tagEnd + 1)
      if (rawEnd === -1) break
      position = lower.indexOf('<', rawEnd + 2)
      continue
    } else if (!VOID_ELEMENTS.has(name) && !isSelfClosing) {
      applyImpliedEnds(stack, name)
      const isKept = stack.length < maxDepth
      stack.push({ name, isKept })
      if (FOREIGN_ROOTS.has(name) && isKept) foreignDepth += 1
      isDropped = !isKept
    }
    if (isDropped) {
      kept.push(html.slice(copiedUpTo, position))
      copiedUpTo = tagEnd + 1
    }
    position = lower.indexOf('<', tagEnd + 1)
  }
  if (copiedUpTo === 0) return html
  kept.push(html.slice(copiedUpTo))
  return kept.join('')
}

function applyImpliedEnds(stack: OpenElement[], name: string): void {
  if (CLOSES_PARAGRAPH.has(name) && stack.at(-1)?.name === 'p') stack.pop()
  const closes = CLOSES_SIBLING.get(name)
  while (closes?.has(stack.at(-1)?.name ?? '')) stack.pop()
}

// Pops up to the nearest open element of that name and says whether its tag was kept; a stray
// closing tag (nothing of that name open) is left to the parser. The search looks only a bounded
// way down the stack, or stray closing tags under deep nesting would make the scan quadratic.
function closeElement(stack: OpenElement[], name: string, maxDepth: number): boolean {
  const lowest = Math.max(0, stack.length - 2 * maxDepth)
  for (let index = stack.length - 1; index >= lowest; index -= 1) {
    const open = stack[index]
    if (open?.name === name) {
      stack.length = index
      return open.isKept
    }
  }
  return true
}
