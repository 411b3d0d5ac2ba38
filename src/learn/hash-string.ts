// FNV-1a 32-bit (Fowler–Noll–Vo): cheap, deterministic on every platform, and prefix-incremental, so the hashes
// of all n-grams starting at one position come from one left-to-right pass (see hashStep).
const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193

/** The FNV-1a hash every feature namespace starts from. */
export const HASH_OFFSET = FNV_OFFSET

/** Extends a hash by one UTF-16 code unit. */
export function hashStep(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, FNV_PRIME) >>> 0
}

/** Hashes `text` (UTF-16 code units) onward from `seed`, as an unsigned 32-bit integer. */
export function hashString(text: string, seed: number = FNV_OFFSET): number {
  let hash = seed
  for (let index = 0; index < text.length; index++) hash = hashStep(hash, text.charCodeAt(index))
  return hash
}

/**
 * Scrambles the bits of a finished hash (murmur3's finaliser), so that the low bits used as an index depend on
 * every unit: FNV alone leaves n-grams that differ only in their last letter in neighbouring buckets.
 */
export function finishHash(hash: number): number {
  let mixed = hash
  mixed ^= mixed >>> 16
  mixed = Math.imul(mixed, 0x85ebca6b)
  mixed ^= mixed >>> 13
  mixed = Math.imul(mixed, 0xc2b2ae35)
  mixed ^= mixed >>> 16
  return mixed >>> 0
}
