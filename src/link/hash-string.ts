// FNV-1a, 32 bits: fast, dependency-free and good enough to bucket shingles (collisions only add a few
// spurious shared shingles, which the containment thresholds absorb).
const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193

/** A 32-bit unsigned FNV-1a hash of a string's UTF-16 code units. */
export function hashString(text: string): number {
  let hash = FNV_OFFSET
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, FNV_PRIME)
  }
  return hash >>> 0
}
