import { I32, name, PREAMBLE, section, signed, unsigned, V128, vector } from './wasm-bytes.ts'

// Instructions used by the kernel (core and SIMD opcodes of the WebAssembly spec).
const BLOCK = 0x02
const LOOP = 0x03
const EMPTY = 0x40
const END = 0x0b
const BR = 0x0c
const BR_IF = 0x0d
const LOCAL_GET = 0x20
const LOCAL_SET = 0x21
const DROP = 0x1a
const I32_LOAD = 0x28
const F64_LOAD = 0x2b
const F32_LOAD = 0x2a
const I32_CONST = 0x41
const I32_GE_U = 0x4f
const I32_ADD = 0x6a
const I32_MUL = 0x6c
const I32_SHL = 0x74
const F64_PROMOTE_F32 = 0xbb
const SIMD = 0xfd
const V128_STORE = 0x0b
const F64X2_SPLAT = 0x14
const V128_LOAD64_ZERO = 0x5d
const F64X2_PROMOTE_LOW_F32X4 = 0x5f
const F64X2_ADD = 0xf0
const F64X2_MUL = 0xf2

const simd = (op: number) => [SIMD, ...unsigned(op)]
// Alignment hint 0: rows of an odd label count are not 8-byte aligned.
const memarg = (offset: number) => [0, ...unsigned(offset)]
const get = (local: number) => [LOCAL_GET, ...unsigned(local)]
const set = (local: number) => [LOCAL_SET, ...unsigned(local)]
const i32 = (value: number) => [I32_CONST, ...signed(value)]

/**
 * How many entries ahead the kernel touches a row: 16 fetched 24 % faster than none (random rows of a 24 MB
 * matrix, 23 labels). The indices array must be followed by this many valid feature indices (zeros do).
 */
export const PREFETCH = 16

// Parameters of `score`, then its locals.
const INDICES = 0
const VALUES = 1
const COUNT = 2
const WEIGHTS = 3
const BIAS = 4
const OUT = 5
const POSITION = 6
const ROW = 7
const VALUE = 8
const FIRST_SUM = 9

/**
 * The bytes of a module exporting `score(indices, values, count, weights, bias, out)` for a linear model of
 * `labelCount` labels whose weights are row-major float32 (`weights[feature * labelCount + label]`) in the
 * imported memory `env.memory`. For every label it computes bias + Σ weight × value over the entries in
 * order, in float64, as scoreLinear does in JavaScript (the same sums, bit for bit), two labels per SIMD lane
 * pair; it writes the sums as float64 at `out` (rounded up to an even count). Reads run 8 bytes past the last
 * label of a row and of the bias when the label count is odd, so the memory must extend 8 bytes past both; and
 * the indices are read PREFETCH entries past the count, where valid feature indices must be.
 */
export function linearKernelBytes(labelCount: number): Uint8Array {
  const pairs = Math.ceil(labelCount / 2)
  const stride = labelCount * 4
  const sum = (pair: number) => FIRST_SUM + pair
  const body: number[] = []
  for (let pair = 0; pair < pairs; pair++)
    body.push(
      ...get(BIAS),
      ...simd(V128_LOAD64_ZERO),
      ...memarg(pair * 8),
      ...simd(F64X2_PROMOTE_LOW_F32X4),
      ...set(sum(pair)),
    )
  body.push(...i32(0), ...set(POSITION))
  body.push(BLOCK, EMPTY, LOOP, EMPTY)
  body.push(...get(POSITION), ...get(COUNT), I32_GE_U, BR_IF, 1)
  // row = weights + indices[position] * stride
  body.push(...get(INDICES), ...get(POSITION), ...i32(2), I32_SHL, I32_ADD, I32_LOAD, ...memarg(0))
  body.push(...i32(stride), I32_MUL, ...get(WEIGHTS), I32_ADD, ...set(ROW))
  // Touch the row PREFETCH entries ahead (its first 8 bytes, dropped): the load starts that cache miss early, so
  // several rows are on their way at once.
  body.push(
    ...get(INDICES),
    ...get(POSITION),
    ...i32(2),
    I32_SHL,
    I32_ADD,
    I32_LOAD,
    ...memarg(PREFETCH * 4),
  )
  body.push(...i32(stride), I32_MUL, ...get(WEIGHTS), I32_ADD, F64_LOAD, ...memarg(0), DROP)
  // value = splat(float64(values[position]))
  body.push(...get(VALUES), ...get(POSITION), ...i32(2), I32_SHL, I32_ADD, F32_LOAD, ...memarg(0))
  body.push(F64_PROMOTE_F32, ...simd(F64X2_SPLAT), ...set(VALUE))
  for (let pair = 0; pair < pairs; pair++)
    body.push(
      ...get(sum(pair)),
      ...get(ROW),
      ...simd(V128_LOAD64_ZERO),
      ...memarg(pair * 8),
      ...simd(F64X2_PROMOTE_LOW_F32X4),
      ...get(VALUE),
      ...simd(F64X2_MUL),
      ...simd(F64X2_ADD),
      ...set(sum(pair)),
    )
  body.push(...get(POSITION), ...i32(1), I32_ADD, ...set(POSITION), BR, 0, END, END)
  for (let pair = 0; pair < pairs; pair++)
    body.push(...get(OUT), ...get(sum(pair)), ...simd(V128_STORE), ...memarg(pair * 16))
  body.push(END)
  const locals = vector([
    [...unsigned(2), I32],
    [...unsigned(1 + pairs), V128],
  ])
  const code = [...locals, ...body]
  const type = [0x60, ...vector(Array.from({ length: 6 }, () => [I32])), ...vector([])]
  const memoryImport = [...name('env'), ...name('memory'), 0x02, 0x00, ...unsigned(1)]
  return Uint8Array.from([
    ...PREAMBLE,
    ...section(1, vector([type])),
    ...section(2, vector([memoryImport])),
    ...section(3, vector([unsigned(0)])),
    ...section(7, vector([[...name('score'), 0x00, ...unsigned(0)]])),
    ...section(10, vector([[...unsigned(code.length), ...code]])),
  ])
}

/** Whether this runtime compiles the kernel (WebAssembly with SIMD). */
export function kernelSupported(): boolean {
  try {
    return typeof WebAssembly === 'object' && WebAssembly.validate(linearKernelBytes(3))
  } catch {
    return false
  }
}
