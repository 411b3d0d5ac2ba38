import { createHash } from 'node:crypto'

// 16 hex digits (64 bits): collisions stay unlikely up to billions of articles, and ids stay short.
const HASH_HEX_DIGITS = 16

/** An article's id: the record's own id, else a stable hash of its URL, else of its text. */
export function articleId(
  recordId: string | number | undefined,
  url: string | undefined,
  text: string,
): string {
  if (recordId !== undefined) return String(recordId)
  return createHash('sha256')
    .update(url ?? text)
    .digest('hex')
    .slice(0, HASH_HEX_DIGITS)
}
