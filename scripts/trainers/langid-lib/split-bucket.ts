import { createHash } from 'node:crypto'

/** Number of hash buckets; split shares are expressed in whole buckets (percent). */
export const BUCKETS = 100

/**
 * Maps a document id to a stable bucket in [0, 100) from its SHA-256, so the split never depends on file order.
 */
export function splitBucket(id: string): number {
  return createHash('sha256').update(id).digest().readUInt32BE(0) % BUCKETS
}
