// FNV-1a (32-bit) offset basis and prime: a fast, well-spread string hash that needs no dependency.
const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193

/** Hashes a feature string to a non-zero 32-bit unsigned integer (0 marks an empty slot in weight tables). */
export function hashFeature(feature: string): number {
  let hash = FNV_OFFSET
  for (let index = 0; index < feature.length; index++) {
    hash ^= feature.charCodeAt(index)
    hash = Math.imul(hash, FNV_PRIME)
  }
  return finalize(hash)
}

/** Combines two feature hashes (a word feature and its position, or two words of a bigram) into one. */
export function combineHashes(left: number, right: number): number {
  return finalize(Math.imul(left ^ 0x9e3779b9, 0x85ebca6b) + right)
}

// MurmurHash3's finaliser: every input bit reaches every output bit, so combined hashes do not cluster.
function finalize(value: number): number {
  let hash = value | 0
  hash ^= hash >>> 16
  hash = Math.imul(hash, 0x85ebca6b)
  hash ^= hash >>> 13
  hash = Math.imul(hash, 0xc2b2ae35)
  hash ^= hash >>> 16
  return hash >>> 0 || 1
}
