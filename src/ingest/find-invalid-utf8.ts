/** Returns the byte offset where the first invalid UTF-8 sequence starts, or -1 when all is valid. */
export function findInvalidUtf8(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const length = sequenceLength(bytes, index)
    if (length === 0) return index
    index += length
  }
  return -1
}

// Unicode Table 3-7 (well-formed UTF-8 byte sequences): the lead byte fixes the length and the
// allowed range of the second byte, which excludes overlong forms, surrogates and values > U+10FFFF.
function sequenceLength(bytes: Uint8Array, start: number): number {
  const lead = bytes[start] ?? 0
  if (lead < 0x80) return 1
  let length: number
  let low = 0x80
  let high = 0xbf
  if (lead >= 0xc2 && lead <= 0xdf) length = 2
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3
    if (lead === 0xe0) low = 0xa0
    if (lead === 0xed) high = 0x9f
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4
    if (lead === 0xf0) low = 0x90
    if (lead === 0xf4) high = 0x8f
  } else return 0
  for (let offset = 1; offset < length; offset += 1) {
    const byte = bytes[start + offset]
    if (byte === undefined) return 0
    const isInRange = offset === 1 ? byte >= low && byte <= high : byte >= 0x80 && byte <= 0xbf
    if (!isInRange) return 0
  }
  return length
}
