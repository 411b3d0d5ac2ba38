import { InputError } from './input-error.ts'

const ERRNO_REASONS: ReadonlyMap<string, [InputError['code'], string]> = new Map([
  ['ENOENT', ['not_found', 'no such file or directory']],
  ['ENOTDIR', ['not_found', 'a part of the path is not a directory']],
  ['EACCES', ['permission_denied', 'permission denied']],
  ['EPERM', ['permission_denied', 'operation not permitted']],
  ['ELOOP', ['read_failed', 'too many levels of symbolic links']],
  ['EISDIR', ['read_failed', 'is a directory']],
])

/** Translates a file-system error into an InputError with a plain reason (no errno jargon). */
export function fsInputError(error: unknown): InputError {
  if (error instanceof InputError) return error
  const errno = error instanceof Error && 'code' in error ? String(error.code) : undefined
  const known = errno === undefined ? undefined : ERRNO_REASONS.get(errno)
  if (known !== undefined) return new InputError(known[0], known[1], { cause: error })
  const reason = error instanceof Error ? error.message : String(error)
  return new InputError('read_failed', `could not read: ${reason}`, { cause: error })
}
