/** Load factor ceiling of the open-addressing table; at most half full keeps probe chains short. */
const MAX_LOAD = 0.5

/** Fibonacci hashing multiplier (2^32 / golden ratio). */
const HASH_MULTIPLIER = 0x9e3779b1

/** An open-addressing hash table from packed gram keys (non-zero uint32) to packed row references. */
export interface GramTable {
  readonly keys: Uint32Array
  readonly values: Int32Array
  readonly shift: number
  readonly mask: number
}

/**
 * Builds a gram table sized to a power of two from parallel arrays of keys and values.
 */
export function buildGramTable(keys: readonly number[], values: readonly number[]): GramTable {
  let bits = 4
  while (2 ** bits * MAX_LOAD < keys.length) bits++
  const size = 2 ** bits
  const table: GramTable = {
    keys: new Uint32Array(size),
    values: new Int32Array(size),
    shift: 32 - bits,
    mask: size - 1,
  }
  keys.forEach((key, index) => {
    let slot = Math.imul(key | 0, HASH_MULTIPLIER) >>> table.shift
    while (table.keys[slot] !== 0) {
      if (table.keys[slot] === key) throw new Error(`langid model: duplicate gram key ${key}`)
      slot = (slot + 1) & table.mask
    }
    table.keys[slot] = key
    table.values[slot] = values[index] ?? 0
  })
  return table
}

/**
 * Returns the value stored for a packed gram key, or -1 when the gram is not in the model.
 */
export function lookupGram(table: GramTable, key: number): number {
  const { keys, mask } = table
  let slot = Math.imul(key | 0, HASH_MULTIPLIER) >>> table.shift
  for (;;) {
    const found = keys[slot] ?? 0
    if (found === key) return table.values[slot] ?? -1
    if (found === 0) return -1
    slot = (slot + 1) & mask
  }
}
