import { Readability } from '@mozilla/readability'
import type { DomDocument, DomElement } from './dom-types.ts'
import { nodeToText } from './html-to-text.ts'
import { type ParseHtmlOptions, parseHtmlDocument } from './parse-html-document.ts'
import { absoluteHttpUrl, readHtmlMeta } from './read-html-meta.ts'
import { findContentRoot, removeBoilerplate } from './remove-boilerplate.ts'
import { toIsoDate } from './to-iso-date.ts'

/** Options for {@link extractHtml}. */
export interface ExtractHtmlOptions extends ParseHtmlOptions {
  /** The page's address, used to resolve a relative canonical link and as the fallback `url`. */
  url?: string
}

/** An article read from an HTML page: final text plus what the page said about it. */
export interface ExtractedHtml {
  title: string | null
  text: string
  byline?: string
  siteName?: string
  published?: string
  lang?: string
  url?: string
}

// Readability slows with page size (10 000 small <div>s: 1.5 s; 50 000: 3.8 s); article pages have
// 1 000 to 6 000 elements. Larger pages get the linear body-text extraction instead. (linkedom
// itself parses about 1.5 MB/s, so the 10 MB limit bounds the worst case near 7 s.)
const MAX_READABILITY_ELEMENTS = 15_000

interface ReadabilityArticle {
  title?: string
  text: string
  byline?: string
  siteName?: string
  published?: string
  lang?: string
}

/**
 * Extracts an article's title, clean text and metadata from an HTML page, dropping boilerplate.
 * @example
 * const { title, text } = extractHtml(await readFile('page.html', 'utf8'), { url: 'https://example.org/a' })
 */
export function extractHtml(html: string, options: ExtractHtmlOptions = {}): ExtractedHtml {
  const document = parseHtmlDocument(html, options)
  const meta = readHtmlMeta(document, options.url)
  removeBoilerplate(document)
  const isTooLargeForReadability = document.querySelectorAll('*').length > MAX_READABILITY_ELEMENTS
  const article = isTooLargeForReadability ? null : readWithReadability(document)
  // Readability rewrites the document it reads, so its fallback parses the page afresh.
  const text =
    article?.text ?? bodyText(isTooLargeForReadability ? document : cleanDocument(html, options))

  const extracted: ExtractedHtml = {
    title: meta.title ?? article?.title ?? meta.documentTitle ?? null,
    text,
  }
  const byline = meta.byline ?? article?.byline
  if (byline !== undefined) extracted.byline = byline
  const siteName = meta.siteName ?? article?.siteName
  if (siteName !== undefined) extracted.siteName = siteName
  const published = meta.published ?? article?.published
  if (published !== undefined) extracted.published = published
  const lang = meta.lang ?? article?.lang
  if (lang !== undefined) extracted.lang = lang
  const url = meta.url ?? absoluteHttpUrl(options.url, undefined)
  if (url !== undefined) extracted.url = url
  return extracted
}

// Returns null when Readability finds nothing, as on short pages.
function readWithReadability(document: DomDocument): ReadabilityArticle | null {
  const reader = new Readability<DomElement>(document, { serializer: (node): DomElement => node })
  const parsed = reader.parse()
  if (parsed === null || parsed.content === null || parsed.content === undefined) return null
  const text = nodeToText(parsed.content)
  if (text === '') return null
  const article: ReadabilityArticle = { text }
  for (const key of ['title', 'byline', 'siteName', 'lang'] as const) {
    const value = parsed[key]?.trim()
    if (value !== undefined && value !== '') article[key] = value
  }
  const published = toIsoDate(parsed.publishedTime)
  if (published !== undefined) article.published = published
  return article
}

function cleanDocument(html: string, options: ParseHtmlOptions): DomDocument {
  const document = parseHtmlDocument(html, options)
  removeBoilerplate(document)
  return document
}

function bodyText(document: DomDocument): string {
  const root = findContentRoot(document)
  return root === null ? '' : nodeToText(root)
}
