// The few pieces of the WebAssembly binary format (https://webassembly.github.io/spec/core/binary/) that our
// generated kernels need: LEB128 numbers, vectors, names and sections. Kernels are generated, not shipped, so the
// repository holds no binary and each one is specialised to its model (its label count, its row stride).

/** Unsigned LEB128. */
export function unsigned(value: number): number[] {
  const bytes: number[] = []
  let rest = value >>> 0
  do {
    let byte = rest & 0x7f
    rest >>>= 7
    if (rest !== 0) byte |= 0x80
    bytes.push(byte)
  } while (rest !== 0)
  return bytes
}

/** Signed LEB128 of a 32-bit integer. */
export function signed(value: number): number[] {
  const bytes: number[] = []
  let rest = value | 0
  for (;;) {
    const byte = rest & 0x7f
    rest >>= 7
    const done = (rest === 0 && (byte & 0x40) === 0) || (rest === -1 && (byte & 0x40) !== 0)
    bytes.push(done ? byte : byte | 0x80)
    if (done) return bytes
  }
}

/** A vector: its length, then its items' bytes. */
export function vector(items: readonly number[][]): number[] {
  return [...unsigned(items.length), ...items.flat()]
}

/** A UTF-8 name. */
export function name(text: string): number[] {
  const bytes = [...new TextEncoder().encode(text)]
  return [...unsigned(bytes.length), ...bytes]
}

/** A section: its id, its size, its content. */
export function section(id: number, content: readonly number[]): number[] {
  return [id, ...unsigned(content.length), ...content]
}

/** Value types. */
export const I32 = 0x7f
export const F64 = 0x7c
export const V128 = 0x7b

/** The module preamble: magic number and version 1. */
export const PREAMBLE = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]
