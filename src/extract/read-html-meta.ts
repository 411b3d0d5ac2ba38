import type { DomDocument } from './dom-types.ts'
import { readJsonLd } from './read-json-ld.ts'
import { toIsoDate } from './to-iso-date.ts'

/** What a page's markup says about the article, before any reading of its text. */
export interface HtmlMeta {
  /** The headline as og:title, twitter:title or JSON-LD state it. */
  title?: string
  /** The <title> element, which often carries the site name as well. */
  documentTitle?: string
  byline?: string
  siteName?: string
  published?: string
  lang?: string
  url?: string
}

// Meta keys (name, property or itemprop, lower-cased) in order of trust.
const TITLE_KEYS = ['og:title', 'twitter:title']
const BYLINE_KEYS = ['author', 'article:author', 'dc.creator', 'dcterms.creator', 'parsely-author']
const SITE_NAME_KEYS = ['og:site_name', 'application-name']
const PUBLISHED_KEYS = [
  'article:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'parsely-pub-date',
]
const LANG_KEYS = ['content-language', 'dc.language', 'og:locale']

const WHITE_SPACE_RUN = /\s+/g
// article:author is often a profile URL rather than a name.
const LOOKS_LIKE_URL = /^(?:https?:)?\/\//i
const OG_LOCALE = /^([a-z]{2,3})_([a-z]{2})$/i

/** Reads title, byline, site name, publication date, language and canonical URL from a page's markup. */
export function readHtmlMeta(document: DomDocument, baseUrl?: string): HtmlMeta {
  const metaContent = collectMetaContent(document)
  const first = (keys: readonly string[], accept: (value: string) => boolean = () => true) =>
    keys.map((key) => metaContent.get(key)).find((value) => value !== undefined && accept(value))
  const jsonLd = readJsonLd(document)
  const root = document.documentElement

  const meta: HtmlMeta = {}
  const title = first(TITLE_KEYS) ?? jsonLd.headline
  setIfPresent(meta, 'title', title === undefined ? undefined : collapse(title))
  const documentTitle = document.querySelector('title')?.textContent
  setIfPresent(meta, 'documentTitle', documentTitle ? collapse(documentTitle) : undefined)
  const byline = first(BYLINE_KEYS, (value) => !LOOKS_LIKE_URL.test(value)) ?? jsonLd.author
  setIfPresent(meta, 'byline', byline === undefined ? undefined : collapse(byline))
  setIfPresent(meta, 'siteName', first(SITE_NAME_KEYS) ?? jsonLd.publisher)
  const timeElement =
    document.querySelector('article time[datetime]') ?? document.querySelector('time[datetime]')
  const published = [
    first(PUBLISHED_KEYS),
    jsonLd.datePublished,
    timeElement?.getAttribute('datetime'),
  ]
    .map(toIsoDate)
    .find((value) => value !== undefined)
  setIfPresent(meta, 'published', published)
  const declaredLang =
    root?.getAttribute('lang') ?? root?.getAttribute('xml:lang') ?? first(LANG_KEYS)
  setIfPresent(meta, 'lang', declaredLang?.replace(OG_LOCALE, '$1-$2'))
  const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute('href')
  setIfPresent(meta, 'url', absoluteHttpUrl(canonical ?? metaContent.get('og:url'), baseUrl))
  return meta
}

function collectMetaContent(document: DomDocument): Map<string, string> {
  const contents = new Map<string, string>()
  for (const element of document.querySelectorAll('meta')) {
    const key =
      element.getAttribute('property') ??
      element.getAttribute('name') ??
      element.getAttribute('itemprop') ??
      element.getAttribute('http-equiv')
    const content = element.getAttribute('content')?.trim()
    if (key === null || content === undefined || content === '') continue
    const normalizedKey = key.trim().toLowerCase()
    if (!contents.has(normalizedKey)) contents.set(normalizedKey, content)
  }
  return contents
}

function setIfPresent(meta: HtmlMeta, key: keyof HtmlMeta, value: string | undefined | null): void {
  const trimmed = value?.trim()
  if (trimmed !== undefined && trimmed !== '') meta[key] = trimmed
}

function collapse(value: string): string {
  return value.replace(WHITE_SPACE_RUN, ' ').trim()
}

/** Resolves a possibly relative link against the page's URL; only http(s) results are kept. */
export function absoluteHttpUrl(
  href: string | null | undefined,
  baseUrl: string | undefined,
): string | undefined {
  if (href === null || href === undefined || href.trim() === '') return undefined
  if (!URL.canParse(href.trim(), baseUrl)) return undefined
  const url = new URL(href.trim(), baseUrl)
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined
}
