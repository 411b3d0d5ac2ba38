import { realpath } from 'node:fs/promises'
import { resolve, sep } from 'node:path'
import { ApiError } from '../errors.ts'

const HTTP_URL = /^https?:\/\//iu

/**
 * Lets an ingest input through when it is an http(s) URL, or a path inside one of the folders the server was
 * told it may read (`--ingest-dir`); anything else is a 403. Symbolic links are resolved before the check.
 */
export async function checkIngestInput(input: string, roots: readonly string[]): Promise<void> {
  if (HTTP_URL.test(input)) return
  if (roots.length === 0)
    throw new ApiError(
      403,
      'forbidden',
      `"${input}": this server ingests URLs only; start it with --ingest-dir DIR to allow files under DIR`,
    )
  const path = await realpath(resolve(input)).catch(() => null)
  if (path === null) throw new ApiError(400, 'bad_request', `"${input}": no such file or folder`)
  for (const root of roots) {
    const allowed = await realpath(resolve(root)).catch(() => null)
    if (allowed !== null && (path === allowed || path.startsWith(`${allowed}${sep}`))) return
  }
  throw new ApiError(403, 'forbidden', `"${input}" is outside the folders this server may ingest`)
}
