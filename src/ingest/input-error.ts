/** Machine-readable reasons an input yields no article; the CLI and web UI key messages on these. */
export type InputErrorCode =
  | 'not_found'
  | 'permission_denied'
  | 'read_failed'
  | 'empty_directory'
  | 'too_large'
  | 'binary'
  | 'invalid_utf8'
  | 'invalid_encoding'
  | 'unsupported_charset'
  | 'unsupported_format'
  | 'malformed_xml'
  | 'malformed_json'
  | 'malformed_front_matter'
  | 'invalid_record'
  | 'empty'
  | 'invalid_url'
  | 'refused'
  | 'timeout'
  | 'too_many_redirects'
  | 'redirect_loop'
  | 'http_error'
  | 'fetch_failed'
  | 'internal_error'

/** Why one input (file, URL, JSONL line, feed item) yields no article; `message` gives the reason. */
export class InputError extends Error {
  readonly code: InputErrorCode

  constructor(code: InputErrorCode, message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'InputError'
    this.code = code
  }
}
