import type { ExtractedArticle, InputFormat, SourceMeta } from '../contracts/source.ts'
import { articleId } from './article-id.ts'

/** What an input said about one article, before ids and empty fields are settled. */
export interface ArticleParts {
  input: string
  format: InputFormat
  title: string | null | undefined
  text: string
  recordId?: string | number | undefined
  url?: string | undefined
  outlet?: string | undefined
  published?: string | undefined
  byline?: string | undefined
  declaredLang?: string | undefined
  siteName?: string | undefined
}

const OPTIONAL_SOURCE_FIELDS = [
  'url',
  'outlet',
  'published',
  'byline',
  'declaredLang',
  'siteName',
] as const

/** Assembles an ExtractedArticle: id, trimmed title (null if blank), and only the source fields present. */
export function buildArticle(parts: ArticleParts): ExtractedArticle {
  const source: SourceMeta = { input: parts.input, format: parts.format }
  for (const field of OPTIONAL_SOURCE_FIELDS) {
    const value = parts[field]?.trim()
    if (value !== undefined && value !== '') source[field] = value
  }
  const title = parts.title?.trim()
  return {
    id: articleId(parts.recordId, source.url, parts.text),
    title: title === undefined || title === '' ? null : title,
    text: parts.text,
    source,
  }
}
