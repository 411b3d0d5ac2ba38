import type { DomDocument } from './dom-types.ts'

/** The schema.org article fields a page's JSON-LD may declare. */
export interface JsonLdArticle {
  headline?: string
  author?: string
  publisher?: string
  datePublished?: string
}

const ARTICLE_TYPE = /Article|BlogPosting|Report|NewsArticle/
// JSON-LD graphs are small; the cap only stops a hostile page from making the walk expensive.
const MAX_VISITED_OBJECTS = 1000

type JsonObject = Record<string, unknown>

/** Reads headline, author, publisher and datePublished from the page's first schema.org article. */
export function readJsonLd(document: DomDocument): JsonLdArticle {
  const candidates: JsonObject[] = []
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const parsed = parseJson(script.textContent ?? '')
    if (parsed !== undefined) candidates.push(...collectObjects(parsed))
  }
  const article =
    candidates.find((candidate) => ARTICLE_TYPE.test(typeNames(candidate))) ??
    candidates.find((candidate) => typeof candidate.datePublished === 'string')
  if (article === undefined) return {}
  const result: JsonLdArticle = {}
  const headline = article.headline
  if (typeof headline === 'string') result.headline = headline
  const author = names(article.author)
  if (author !== undefined) result.author = author
  const publisher = names(article.publisher)
  if (publisher !== undefined) result.publisher = publisher
  if (typeof article.datePublished === 'string') result.datePublished = article.datePublished
  return result
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    // Broken JSON-LD is common on real pages; only optional metadata is lost, the article is not.
    if (error instanceof SyntaxError) return undefined
    throw error
  }
}

function collectObjects(root: unknown): JsonObject[] {
  const found: JsonObject[] = []
  const queue: unknown[] = [root]
  while (queue.length > 0 && found.length < MAX_VISITED_OBJECTS) {
    const value = queue.shift()
    if (Array.isArray(value)) queue.push(...value)
    else if (isObject(value)) {
      found.push(value)
      if (Array.isArray(value['@graph'])) queue.push(...value['@graph'])
    }
  }
  return found
}

function typeNames(value: JsonObject): string {
  const type = value['@type']
  return Array.isArray(type) ? type.join(' ') : typeof type === 'string' ? type : ''
}

// schema.org allows a name, a Person/Organization, or a list of either.
function names(value: unknown): string | undefined {
  const list = Array.isArray(value) ? value : [value]
  const found = list
    .map((item) => (typeof item === 'string' ? item : isObject(item) ? item.name : undefined))
    .filter((name): name is string => typeof name === 'string' && name.trim() !== '')
    .map((name) => name.trim())
  return found.length > 0 ? found.join(', ') : undefined
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
