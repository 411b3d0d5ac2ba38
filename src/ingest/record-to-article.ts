import type { ExtractedArticle, InputRecord } from '../contracts/source.ts'
import { extractHtml } from '../extract/extract-html.ts'
import { extractText } from '../extract/extract-text.ts'
import { toIsoDate } from '../extract/to-iso-date.ts'
import { buildArticle } from './build-article.ts'

/** Turns a validated JSON/JSONL record into an article; record fields outrank what its HTML says. */
export function recordToArticle(record: InputRecord, input: string): ExtractedArticle {
  const fields = {
    input,
    format: 'json' as const,
    recordId: record.id,
    url: record.url,
    outlet: record.outlet,
    published: toIsoDate(record.published),
    byline: record.author,
    declaredLang: record.lang,
  }
  // A record with both keeps its text: someone already extracted it.
  if (record.html === undefined || (record.text !== undefined && record.text.trim() !== '')) {
    const { title, text } = extractText(record.text ?? '')
    return buildArticle({ ...fields, title: record.title ?? title, text })
  }
  const page = extractHtml(record.html, record.url === undefined ? {} : { url: record.url })
  return buildArticle({
    ...fields,
    title: record.title ?? page.title,
    text: page.text,
    url: record.url ?? page.url,
    published: fields.published ?? page.published,
    byline: record.author ?? page.byline,
    declaredLang: record.lang ?? page.lang,
    siteName: page.siteName,
  })
}
