/** Load factor ceiling of the open-addressing table; at most half full keeps probe chains short. */
const MAX_LOAD = 0.5

/** Fibonacci hashing multiplier (2^32 / golden ratio). */
const HASH_MULTIPLIER = 0x9e3779b1

/**
 * An open-addressing hash table from packed gram keys (non-zero uint32) to packed row references. Each slot is a
 * key and its value side by side (the key as int32), so a probe reads one cache line: the table is larger than
 * the caches the rest of the pipeline leaves it between documents.
 */
export interface GramTable {
  /** Slot i holds its key at 2i and its value at 2i + 1; key 0 marks an empty slot. */
  readonly slots: Int32Array
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
  const table: GramTable = { slots: new Int32Array(2 * size), shift: 32 - bits, mask: size - 1 }
  keys.forEach((key, index) => {
    const stored = key | 0
    let slot = Math.imul(stored, HASH_MULTIPLIER) >>> table.shift
    while (table.slots[2 * slot] !== 0) {
      if (table.slots[2 * slot] === stored)
        throw new Error(`langid model: duplicate gram key ${key}`)
      slot = (slot + 1) & table.mask
    }
    table.slots[2 * slot] = stored
    table.slots[2 * slot + 1] = values[index] ?? 0
  })
  return table
}

/**
 * Returns the value stored for a packed gram key, or -1 when the gram is not in the model.
 */
export function lookupGram(table: GramTable, key: number): number {
  const { slots, mask } = table
  const stored = key | 0
  let slot = Math.imul(stored, HASH_MULTIPLIER) >>> table.shift
  for (;;) {
    const found = slots[2 * slot] ?? 0
    if (found === stored) return slots[2 * slot + 1] ?? -1
    if (found === 0) return -1
    slot = (slot + 1) & mask
  }
}
