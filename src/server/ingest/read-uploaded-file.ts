import { decodeBytes } from '../../ingest/decode-bytes.ts'
import { formatFromPath, sniffFormat } from '../../ingest/detect-format.ts'
import { extractArticles } from '../../ingest/extract-articles.ts'
import { failureResult, type InputResult } from '../../ingest/input-result.ts'
import { sniffCharset } from '../../ingest/sniff-charset.ts'

/**
 * The articles of one uploaded file, read as `ingest` reads a file of that name: format from the extension
 * (else sniffed), charset from the markup, one article per page, record or feed item.
 */
export function* readUploadedFile(name: string, bytes: Uint8Array): Generator<InputResult> {
  const input = `upload:${name}`
  try {
    const format = formatFromPath(name)
    // Only markup declares its own charset; text, Markdown and JSON files must be UTF-8.
    const isMarkup = format === undefined || format === 'html' || format === 'feed'
    const text = decodeBytes(bytes, { charset: isMarkup ? sniffCharset(bytes) : null })
    yield* extractArticles({ input, text, format: format ?? sniffFormat(text) })
  } catch (error) {
    yield failureResult(input, error)
  }
}
