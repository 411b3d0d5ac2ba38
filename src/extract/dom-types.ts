// The project compiles without the DOM lib (Node only), and linkedom's own typings refer to the
// browser's `Window`, so the few DOM members the extractors use are declared here, structurally.

/** The part of a DOM node the extractors read. */
export interface DomNode {
  readonly nodeType: number
  readonly nodeName: string
  readonly textContent: string | null
  readonly childNodes: ArrayLike<DomNode>
  readonly parentNode: DomNode | null
}

/** The part of a DOM element the extractors read or change. */
export interface DomElement extends DomNode {
  readonly children: ArrayLike<DomElement>
  getAttribute(name: string): string | null
  hasAttribute(name: string): boolean
  querySelector(selectors: string): DomElement | null
  querySelectorAll(selectors: string): Iterable<DomElement> & ArrayLike<DomElement>
  append(...nodes: DomNode[]): void
  prepend(...nodes: DomNode[]): void
  after(...nodes: DomNode[]): void
  remove(): void
}

/** The part of a DOM document the extractors read or change. */
export interface DomDocument extends DomNode {
  readonly documentElement: DomElement | null
  readonly body: DomElement | null
  createElement(name: string): DomElement
  querySelector(selectors: string): DomElement | null
  querySelectorAll(selectors: string): Iterable<DomElement> & ArrayLike<DomElement>
}

const ELEMENT_NODE = 1
const TEXT_NODE = 3

/** Tells whether a node is an element. */
export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE
}

/** Tells whether a node is a text node. */
export function isTextNode(node: DomNode): boolean {
  return node.nodeType === TEXT_NODE
}

/** The lower-case tag name of an element (linkedom upper-cases elements created by script). */
export function tagName(element: DomNode): string {
  return element.nodeName.toLowerCase()
}
