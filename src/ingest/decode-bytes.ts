import { TextDecoder } from 'node:util'
import { findInvalidUtf8 } from './find-invalid-utf8.ts'
import { InputError } from './input-error.ts'
import { repairWindows1252 } from './repair-windows-1252.ts'

/** How to decode bytes into text. */
export interface DecodeOptions {
  /** A charset label (HTTP header, <meta charset>, XML declaration); UTF-8 when absent. */
  charset?: string | null | undefined
}

const UTF8_LABELS = new Set([
  'utf-8',
  'utf8',
  'unicode-1-1-utf-8',
  'unicode11utf8',
  'x-unicode20utf8',
])
// Text has tabs, line breaks and form feeds; other C0 controls in more than this share of the
// sampled bytes mean a binary format (a UTF-8 text with ANSI colours stays well below it).
const BINARY_CONTROL_SHARE = 0.1
const BINARY_SAMPLE_BYTES = 64 * 1024

/** Decodes bytes to text, refusing binary data and reporting where invalid UTF-8 starts. */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): string {
  const bomEncoding = byteOrderMarkEncoding(bytes)
  // UTF-16 is full of NUL bytes, so it skips the binary check.
  if (bomEncoding !== undefined && bomEncoding !== 'utf-8')
    return decodeStrictly(bytes, bomEncoding)
  if (looksBinary(bytes)) throw new InputError('binary', 'binary data, not text')
  const label = bomEncoding ?? (options.charset?.trim().toLowerCase() || 'utf-8')
  if (UTF8_LABELS.has(label)) return decodeUtf8(bytes)
  return decodeStrictly(bytes, label)
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch (error) {
    if (!(error instanceof TypeError)) throw error
    const offset = findInvalidUtf8(bytes)
    const line = countLineFeeds(bytes, offset) + 1
    throw new InputError('invalid_utf8', `invalid UTF-8 at byte ${offset} (line ${line})`, {
      cause: error,
    })
  }
}

function decodeStrictly(bytes: Uint8Array, label: string): string {
  let decoder: TextDecoder
  try {
    decoder = new TextDecoder(label, { fatal: true })
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
    throw new InputError('unsupported_charset', `unsupported charset "${label}"`, { cause: error })
  }
  try {
    const text = decoder.decode(bytes)
    return decoder.encoding === 'windows-1252' ? repairWindows1252(text) : text
  } catch (error) {
    if (!(error instanceof TypeError)) throw error
    throw new InputError('invalid_encoding', `the bytes are not valid ${label}`, { cause: error })
  }
}

// A byte order mark outranks any declared charset (WHATWG Encoding, "decode").
function byteOrderMarkEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return undefined
}

function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return true
  const sampleLength = Math.min(bytes.length, BINARY_SAMPLE_BYTES)
  let controls = 0
  for (let index = 0; index < sampleLength; index += 1) {
    const byte = bytes[index] ?? 0
    const isTextControl = byte === 0x09 || byte === 0x0a || byte === 0x0c || byte === 0x0d
    if ((byte < 0x20 && !isTextControl) || byte === 0x7f) controls += 1
  }
  return sampleLength > 0 && controls / sampleLength > BINARY_CONTROL_SHARE
}

function countLineFeeds(bytes: Uint8Array, end: number): number {
  let count = 0
  for (let index = 0; index < end; index += 1) if (bytes[index] === 0x0a) count += 1
  return count
}
