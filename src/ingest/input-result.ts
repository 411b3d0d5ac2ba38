import type { ExtractedArticle } from '../contracts/source.ts'
import { ExtractError } from '../extract/extract-error.ts'
import { InputError, type InputErrorCode } from './input-error.ts'

/** One article read from an input, or why an input (file, URL, line, item) gave none. */
export type InputResult =
  | { ok: true; article: ExtractedArticle }
  | { ok: false; input: string; code: InputErrorCode; message: string }

/** Wraps an article, turning one without text into an `empty` failure. */
export function articleResult(article: ExtractedArticle): InputResult {
  if (article.text === '') {
    return failureResult(article.source.input, new InputError('empty', 'no text after extraction'))
  }
  return { ok: true, article }
}

/** Turns whatever stopped an input into a failure result; unexpected errors become `internal_error`. */
export function failureResult(input: string, error: unknown): InputResult {
  if (error instanceof InputError || error instanceof ExtractError) {
    return { ok: false, input, code: error.code, message: error.message }
  }
  // A bug, not a property of the input: recorded with its name so the batch goes on and the
  // report still shows it.
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  return { ok: false, input, code: 'internal_error', message: `internal error: ${message}` }
}
