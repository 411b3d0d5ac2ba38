import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { htmlToText } from '../extract/html-to-text.ts'
import { toIsoDate } from '../extract/to-iso-date.ts'
import { decodeXmlText } from './decode-xml-text.ts'
import { InputError } from './input-error.ts'

/** An item's body as the feed gives it: HTML (RSS description, Atom type="html") or plain text. */
export interface FeedContent {
  kind: 'html' | 'text'
  value: string
}

/** One RSS item or Atom entry. */
export interface FeedItem {
  title?: string
  url?: string
  published?: string
  byline?: string
  lang?: string
  content?: FeedContent
}

/** An RSS 2.0, RSS 1.0 (RDF) or Atom feed. */
export interface Feed {
  title?: string
  lang?: string
  items: FeedItem[]
}

type XmlNode = Record<string, unknown>

// Text-bearing elements are kept raw (CDATA markers and references intact) and decoded exactly
// once by decodeXmlText: the parser itself leaves numeric references undecoded.
const RAW_ELEMENTS = [
  '*.title',
  '*.description',
  '*.content',
  '*.content:encoded',
  '*.summary',
  '*.author',
  '*.dc:creator',
]
const REPEATABLE_ELEMENTS = new Set(['item', 'entry', 'link', 'author', 'dc:creator'])
const ATOM_NAME = /<(?:[\w-]+:)?name\b[^>]*>([\s\S]*?)<\/(?:[\w-]+:)?name>/g
// RSS <author> is an e-mail address, often with the name in parentheses.
const EMAIL_WITH_NAME = /^\S+@\S+\s+\((.+)\)$/
const WHITE_SPACE_RUN = /\s+/g
const HTTP_URL = /^https?:\/\//i

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  stopNodes: RAW_ELEMENTS,
  isArray: (name) => REPEATABLE_ELEMENTS.has(name),
})

/** Parses an RSS or Atom document; throws InputError for malformed XML or a non-feed document. */
export function parseFeed(xml: string): Feed {
  const validation = XMLValidator.validate(xml)
  if (validation !== true) {
    const { msg, line, col } = validation.err
    throw new InputError('malformed_xml', `malformed XML: ${msg} (line ${line}, column ${col})`)
  }
  const document = parseXml(xml)
  const rss = child(child(document, 'rss'), 'channel')
  if (rss !== undefined) return readRss(rss, children(rss, 'item'))
  const rdf = child(document, 'rdf:RDF')
  if (rdf !== undefined) return readRss(child(rdf, 'channel'), children(rdf, 'item'))
  const atom = child(document, 'feed')
  if (atom !== undefined) return readAtom(atom)
  const root = Object.keys(isNode(document) ? document : {}).find((key) => !key.startsWith('?'))
  throw new InputError(
    'unsupported_format',
    `XML, but not an RSS or Atom feed (root element <${root ?? 'none'}>)`,
  )
}

function parseXml(xml: string): unknown {
  try {
    const document: unknown = parser.parse(xml)
    return document
  } catch (error) {
    // The validator accepts some documents the parser refuses (external entities, extreme nesting).
    if (!(error instanceof Error)) throw error
    throw new InputError('malformed_xml', `malformed XML: ${error.message}`, { cause: error })
  }
}

function readRss(channel: unknown, items: unknown[]): Feed {
  const feed: Feed = { items: items.map(readRssItem) }
  setText(feed, 'title', plainText(child(channel, 'title')))
  setText(feed, 'lang', textOf(child(channel, 'language')) ?? textOf(child(channel, 'dc:language')))
  return feed
}

function readRssItem(item: unknown): FeedItem {
  const result: FeedItem = {}
  setText(result, 'title', plainText(child(item, 'title')))
  const guid = child(item, 'guid')
  const guidUrl = attribute(guid, 'isPermaLink') === 'false' ? undefined : textOf(guid)
  const link = children(item, 'link')
    .map(textOf)
    .find((href) => href !== undefined && href !== '')
  setText(
    result,
    'url',
    link ?? (guidUrl !== undefined && HTTP_URL.test(guidUrl) ? guidUrl : undefined),
  )
  setText(
    result,
    'published',
    toIsoDate(textOf(child(item, 'pubDate')) ?? textOf(child(item, 'dc:date'))),
  )
  const creators = children(item, 'dc:creator').map(plainText)
  const authors = children(item, 'author').map((author) => {
    const text = plainText(author)
    return text?.replace(EMAIL_WITH_NAME, '$1')
  })
  setText(result, 'byline', joinNames([...creators, ...authors]))
  const encoded = rawText(child(item, 'content:encoded'))
  const description = rawText(child(item, 'description'))
  const body = encoded !== undefined && encoded.trim() !== '' ? encoded : description
  if (body !== undefined && body.trim() !== '')
    result.content = { kind: 'html', value: decodeXmlText(body) }
  return result
}

function readAtom(feedNode: unknown): Feed {
  const feedAuthors = children(feedNode, 'author').map(atomAuthorNames)
  const feedLang = attribute(feedNode, 'xml:lang')
  const feed: Feed = {
    items: children(feedNode, 'entry').map((entry) => readAtomEntry(entry, feedAuthors, feedLang)),
  }
  setText(feed, 'title', atomText(child(feedNode, 'title')))
  setText(feed, 'lang', feedLang)
  return feed
}

function readAtomEntry(
  entry: unknown,
  feedAuthors: (string | undefined)[],
  feedLang?: string,
): FeedItem {
  const result: FeedItem = {}
  setText(result, 'title', atomText(child(entry, 'title')))
  const links = children(entry, 'link')
  const alternate =
    links.find((link) => (attribute(link, 'rel') ?? 'alternate') === 'alternate') ?? links[0]
  setText(result, 'url', attribute(alternate, 'href'))
  const date = textOf(child(entry, 'published')) ?? textOf(child(entry, 'updated'))
  setText(result, 'published', toIsoDate(date))
  const authors = children(entry, 'author').map(atomAuthorNames)
  setText(result, 'byline', joinNames(authors.length > 0 ? authors : feedAuthors))
  setText(result, 'lang', attribute(entry, 'xml:lang') ?? feedLang)
  const content = atomContent(child(entry, 'content')) ?? atomContent(child(entry, 'summary'))
  if (content !== undefined) result.content = content
  return result
}

// Atom text constructs: type "text" (default), "html" (escaped markup) or "xhtml" (inline markup).
function atomContent(node: unknown): FeedContent | undefined {
  const raw = rawText(node)
  if (raw === undefined || raw.trim() === '') return undefined
  const type = (attribute(node, 'type') ?? 'text').toLowerCase()
  if (type === 'xhtml') return { kind: 'html', value: raw }
  if (type === 'html' || type.endsWith('/html')) return { kind: 'html', value: decodeXmlText(raw) }
  return { kind: 'text', value: decodeXmlText(raw) }
}

function atomText(node: unknown): string | undefined {
  const content = atomContent(node)
  if (content === undefined) return undefined
  const text = content.kind === 'html' ? htmlToText(content.value) : content.value
  return collapse(text)
}

function atomAuthorNames(author: unknown): string | undefined {
  const raw = rawText(author) ?? ''
  const names = [...raw.matchAll(ATOM_NAME)].map((match) => collapse(decodeXmlText(match[1] ?? '')))
  return joinNames(names)
}

function plainText(node: unknown): string | undefined {
  const raw = rawText(node)
  return raw === undefined ? undefined : collapse(decodeXmlText(raw))
}

function rawText(node: unknown): string | undefined {
  if (typeof node === 'string') return node
  if (isNode(node) && typeof node['#text'] === 'string') return node['#text']
  return undefined
}

function textOf(node: unknown): string | undefined {
  const raw = Array.isArray(node) ? node[0] : node
  if (typeof raw === 'number') return String(raw)
  return rawText(raw)?.trim()
}

function attribute(node: unknown, name: string): string | undefined {
  if (!isNode(node)) return undefined
  const value = node[`@_${name}`]
  return typeof value === 'string' ? value.trim() : undefined
}

function child(node: unknown, name: string): unknown {
  return isNode(node) ? node[name] : undefined
}

function children(node: unknown, name: string): unknown[] {
  const value = child(node, name)
  if (value === undefined) return []
  return Array.isArray(value) ? value : [value]
}

function joinNames(names: readonly (string | undefined)[]): string | undefined {
  const present = names.filter((name): name is string => name !== undefined && name !== '')
  return present.length > 0 ? [...new Set(present)].join(', ') : undefined
}

function collapse(text: string): string {
  return text.replace(WHITE_SPACE_RUN, ' ').trim()
}

function setText<K extends string>(
  target: Partial<Record<K, string>>,
  key: K,
  value?: string,
): void {
  if (value !== undefined && value.trim() !== '') target[key] = value.trim()
}

function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
