import { open } from 'node:fs/promises'
import { fsInputError } from './fs-input-error.ts'
import { tooLargeError } from './too-large-error.ts'

const CHUNK_BYTES = 1024 * 1024

/**
 * Reads a file's bytes, refusing it by its size before reading when it is over `maxBytes`; devices
 * and pipes, whose size is unknown, are read only up to the limit.
 */
export async function readFileBytes(path: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(path, 'r').catch((error: unknown) => {
    throw fsInputError(error)
  })
  try {
    const stats = await handle.stat()
    if (stats.isFile() && stats.size > maxBytes) throw tooLargeError(stats.size, maxBytes)
    const chunks: Uint8Array[] = []
    let total = 0
    for (;;) {
      const buffer = new Uint8Array(Math.min(CHUNK_BYTES, maxBytes + 1 - total))
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null)
      if (bytesRead === 0) break
      chunks.push(buffer.subarray(0, bytesRead))
      total += bytesRead
      if (total > maxBytes) throw tooLargeError(undefined, maxBytes)
    }
    return Buffer.concat(chunks, total)
  } catch (error) {
    throw fsInputError(error)
  } finally {
    await handle.close()
  }
}
