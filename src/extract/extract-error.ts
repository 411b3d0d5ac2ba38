/** Machine-readable reasons an extractor refuses a document. */
export type ExtractErrorCode = 'too_large' | 'malformed_front_matter'

/** A document an extractor cannot turn into text; `message` says why, without naming the input. */
export class ExtractError extends Error {
  readonly code: ExtractErrorCode

  constructor(code: ExtractErrorCode, message: string) {
    super(message)
    this.name = 'ExtractError'
    this.code = code
  }
}
