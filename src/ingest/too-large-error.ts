import { InputError } from './input-error.ts'

const BYTES_PER_MEBIBYTE = 1024 * 1024

/** The error for an input over the byte limit; `size` is undefined when only "more than" is known. */
export function tooLargeError(size: number | undefined, maxBytes: number): InputError {
  const found = size === undefined ? 'more than the limit' : `${size} bytes (${mebibytes(size)})`
  return new InputError(
    'too_large',
    `too large: ${found}; the limit is ${maxBytes} bytes (${mebibytes(maxBytes)}), see --max-bytes`,
  )
}

function mebibytes(bytes: number): string {
  return `${(bytes / BYTES_PER_MEBIBYTE).toFixed(1)} MiB`
}
