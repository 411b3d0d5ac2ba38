import { extname } from 'node:path'
import { InputError } from './input-error.ts'

/** The container formats readInputs understands (JSONL is reported as `json` in SourceMeta). */
export type PayloadFormat = 'text' | 'markdown' | 'html' | 'json' | 'jsonl' | 'feed'

const EXTENSION_FORMATS: ReadonlyMap<string, PayloadFormat> = new Map([
  ['.txt', 'text'],
  ['.text', 'text'],
  ['.md', 'markdown'],
  ['.markdown', 'markdown'],
  ['.html', 'html'],
  ['.htm', 'html'],
  ['.xhtml', 'html'],
  ['.json', 'json'],
  ['.jsonl', 'jsonl'],
  ['.ndjson', 'jsonl'],
  ['.xml', 'feed'],
  ['.rss', 'feed'],
  ['.atom', 'feed'],
])

/** File extensions a directory walk picks up. */
export const SUPPORTED_EXTENSIONS: readonly string[] = [...EXTENSION_FORMATS.keys()]

const MEDIA_TYPE_FORMATS: ReadonlyMap<string, PayloadFormat> = new Map([
  ['text/html', 'html'],
  ['application/xhtml+xml', 'html'],
  ['application/rss+xml', 'feed'],
  ['application/atom+xml', 'feed'],
  ['application/rdf+xml', 'feed'],
  ['application/feed+xml', 'feed'],
  ['application/xml', 'feed'],
  ['text/xml', 'feed'],
  ['application/json', 'json'],
  ['application/feed+json', 'json'],
  ['application/x-ndjson', 'jsonl'],
  ['application/jsonl', 'jsonl'],
  ['application/x-jsonlines', 'jsonl'],
  ['text/markdown', 'markdown'],
  ['text/x-markdown', 'markdown'],
])

// Servers label almost anything with these; the URL's extension or the content decides instead.
const UNINFORMATIVE_MEDIA_TYPES = new Set(['text/plain', 'application/octet-stream', ''])
const BINARY_MEDIA_TYPE =
  /^(?:image|audio|video|font|model)\/|^application\/(?:pdf|zip|gzip|x-tar|msword|vnd\.)/

const SNIFF_CHARS = 2048
const LEADING_MARKUP_NOISE = /^(?:\s|<\?xml[^>]*>|<!--[\s\S]*?-->|<!doctype[^>]*>)*/i
const FEED_ROOT = /^<(?:[\w-]+:)?(?:rss|feed|RDF)[\s>]/
const MARKDOWN_START = /^(?:---[ \t]*\n|#{1,6}[ \t]+\S)/
const BYTE_ORDER_MARK = /^\uFEFF/
const CARRIAGE_RETURNS = /\r\n?/g

/** The format a file name's extension names, if it is one readInputs supports. */
export function formatFromPath(path: string): PayloadFormat | undefined {
  return EXTENSION_FORMATS.get(extname(path).toLowerCase())
}

/** The format an HTTP Content-Type names; undefined when it says nothing useful (text/plain, none). */
export function formatFromMediaType(mediaType: string): PayloadFormat | undefined {
  const type = mediaType.trim().toLowerCase()
  const known = MEDIA_TYPE_FORMATS.get(type)
  if (known !== undefined) return known
  if (UNINFORMATIVE_MEDIA_TYPES.has(type)) return undefined
  if (BINARY_MEDIA_TYPE.test(type)) {
    throw new InputError(
      'unsupported_format',
      `unsupported content type ${type}, not a text format`,
    )
  }
  if (type.endsWith('+xml')) return 'feed'
  if (type.endsWith('+json')) return 'json'
  if (type.startsWith('text/')) return 'text'
  throw new InputError('unsupported_format', `unsupported content type ${type}`)
}

/** Guesses the format of decoded content that came without a telling name or media type. */
export function sniffFormat(text: string): PayloadFormat {
  const head = text.slice(0, SNIFF_CHARS).replace(BYTE_ORDER_MARK, '')
  const trimmed = head.trimStart()
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    return looksLikeJsonLines(text) ? 'jsonl' : 'json'
  }
  if (trimmed.startsWith('<')) {
    const afterPrologue = head.replace(LEADING_MARKUP_NOISE, '')
    return FEED_ROOT.test(afterPrologue) ? 'feed' : 'html'
  }
  return MARKDOWN_START.test(head.replace(CARRIAGE_RETURNS, '\n')) ? 'markdown' : 'text'
}

// One JSON value per line: the first line parses alone while the whole text does not.
function looksLikeJsonLines(text: string): boolean {
  const firstLine = text.trimStart().split('\n', 1)[0] ?? ''
  return firstLine.trim().length < text.trim().length && parses(firstLine) && !parses(text)
}

function parses(json: string): boolean {
  try {
    JSON.parse(json)
    return true
  } catch (error) {
    // Only the answer matters here; the real parse later reports the reason.
    if (error instanceof SyntaxError) return false
    throw error
  }
}
