import { createHash } from 'node:crypto'

/** Number of buckets a sentence can fall in; held-out shares are whole buckets (percent). */
export const SENTENCE_BUCKETS = 100

/**
 * A stable bucket in [0, 100) from the SHA-256 of a sentence's tokens, so that a split never depends on file
 * order and duplicate sentences always land on the same side.
 */
export function sentenceBucket(tokens: readonly string[]): number {
  return createHash('sha256').update(tokens.join(' ')).digest().readUInt32BE(0) % SENTENCE_BUCKETS
}
