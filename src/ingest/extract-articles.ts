import { extractHtml } from '../extract/extract-html.ts'
import { extractMarkdown } from '../extract/extract-markdown.ts'
import { extractText } from '../extract/extract-text.ts'
import { buildArticle } from './build-article.ts'
import type { PayloadFormat } from './detect-format.ts'
import { feedItemToArticle } from './feed-item-to-article.ts'
import { InputError } from './input-error.ts'
import { articleResult, failureResult, type InputResult } from './input-result.ts'
import { parseFeed } from './parse-feed.ts'
import { parseJsonRecords } from './parse-json-records.ts'
import { recordToArticle } from './record-to-article.ts'

/** Decoded content from one file, URL or stdin, with its format settled. */
export interface Payload {
  /** Names the input in results: the path, URL or "<stdin>". */
  input: string
  text: string
  format: PayloadFormat
  /** Where the content was fetched from (after redirects), for relative links and ids. */
  url?: string
}

/** Extracts every article in a payload: one for text, Markdown and HTML, one per record or feed item. */
export function* extractArticles(payload: Payload): Generator<InputResult> {
  const { input, text, url } = payload
  switch (payload.format) {
    case 'text': {
      const extracted = extractText(text)
      yield articleResult(buildArticle({ input, format: 'text', url, ...extracted }))
      return
    }
    case 'markdown': {
      const { lang, ...extracted } = extractMarkdown(text)
      yield articleResult(
        buildArticle({
          input,
          format: 'markdown',
          ...extracted,
          url: extracted.url ?? url,
          declaredLang: lang,
        }),
      )
      return
    }
    case 'html': {
      const { lang, siteName, ...extracted } = extractHtml(text, url === undefined ? {} : { url })
      yield articleResult(
        buildArticle({ input, format: 'html', ...extracted, declaredLang: lang, siteName }),
      )
      return
    }
    case 'json':
    case 'jsonl':
      for (const entry of parseJsonRecords(text, input, payload.format)) {
        if ('error' in entry) yield failureResult(entry.input, entry.error)
        else
          yield guarded(entry.input, () =>
            articleResult(recordToArticle(entry.record, entry.input)),
          )
      }
      return
    case 'feed': {
      const feed = parseFeed(text)
      if (feed.items.length === 0) {
        yield failureResult(input, new InputError('empty', 'the feed has no items'))
        return
      }
      for (const [index, item] of feed.items.entries()) {
        const itemInput = `${input}[${index}]`
        yield guarded(itemInput, () => articleResult(feedItemToArticle(item, feed, itemInput)))
      }
      return
    }
  }
}

// One record or item that fails (HTML over the size limit, say) must not stop its siblings.
function guarded(input: string, read: () => InputResult): InputResult {
  try {
    return read()
  } catch (error) {
    return failureResult(input, error)
  }
}
