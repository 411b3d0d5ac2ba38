import { randomBytes } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { isPostgresUrl } from '../store/open-store.ts'

/** The token file's name inside an embedded store's folder. */
export const TOKEN_FILE = 'api-token'
const MIN_TOKEN_CHARS = 16

/** The write token and where it came from, so serve can say so. */
export interface ServerToken {
  token: string
  origin: 'environment' | 'file' | 'generated'
  /** The file it is kept in, when it is kept. */
  file: string | null
}

/**
 * The token write endpoints require: $NARRASCOPE_TOKEN; else the one kept in the embedded store's folder;
 * else a new one, kept there (mode 0600) for the next start. A PostgreSQL store has no folder: without
 * $NARRASCOPE_TOKEN each start generates a new token.
 */
export async function resolveServerToken(
  storeLocation: string,
  environment: NodeJS.ProcessEnv = process.env,
): Promise<ServerToken> {
  const fromEnvironment = environment.NARRASCOPE_TOKEN?.trim()
  if (fromEnvironment) {
    if (fromEnvironment.length < MIN_TOKEN_CHARS)
      throw new Error(`NARRASCOPE_TOKEN must be at least ${MIN_TOKEN_CHARS} characters long`)
    return { token: fromEnvironment, origin: 'environment', file: null }
  }
  const token = randomBytes(32).toString('base64url')
  if (isPostgresUrl(storeLocation)) return { token, origin: 'generated', file: null }
  const file = join(storeLocation, TOKEN_FILE)
  try {
    const kept = (await readFile(file, 'utf8')).trim()
    if (kept.length >= MIN_TOKEN_CHARS) return { token: kept, origin: 'file', file }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  await writeFile(file, `${token}\n`, { mode: 0o600 })
  return { token, origin: 'generated', file }
}
