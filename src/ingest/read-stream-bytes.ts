import { tooLargeError } from './too-large-error.ts'

/** Collects a stream's bytes, giving up as soon as they pass `maxBytes`. */
export async function readStreamBytes(
  stream: AsyncIterable<Uint8Array | string>,
  maxBytes: number,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = []
  let total = 0
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk
    total += bytes.length
    if (total > maxBytes) throw tooLargeError(undefined, maxBytes)
    chunks.push(bytes)
  }
  return Buffer.concat(chunks, total)
}
