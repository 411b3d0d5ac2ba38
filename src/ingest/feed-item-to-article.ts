import type { ExtractedArticle } from '../contracts/source.ts'
import { extractText } from '../extract/extract-text.ts'
import { htmlToText } from '../extract/html-to-text.ts'
import { buildArticle } from './build-article.ts'
import type { Feed, FeedItem } from './parse-feed.ts'

/** Turns one feed item into an article; the feed's title is the outlet. */
export function feedItemToArticle(item: FeedItem, feed: Feed, input: string): ExtractedArticle {
  const content = item.content
  const text =
    content === undefined
      ? ''
      : content.kind === 'html'
        ? htmlToText(content.value)
        : extractText(content.value).text
  return buildArticle({
    input,
    format: 'feed',
    title: item.title,
    text,
    url: item.url,
    outlet: feed.title,
    published: item.published,
    byline: item.byline,
    declaredLang: item.lang ?? feed.lang,
  })
}
