import { createHash } from 'node:crypto'

const WHITESPACE_RUN = /\s+/gu

/**
 * Hashes a text after normalising it (NFKC, case, whitespace), so the same article extracted twice, with
 * different line breaks or a non-breaking space, gets the same hash.
 */
export function hashText(text: string): string {
  const normalised = text.normalize('NFKC').toLowerCase().replace(WHITESPACE_RUN, ' ').trim()
  return createHash('sha256').update(normalised).digest('hex')
}

/** Hashes any JSON-serialisable value (sha256, hex). */
export function hashJson(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex')
}
