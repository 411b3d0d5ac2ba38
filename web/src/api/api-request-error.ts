/** A failed API call: the server's `{error: {code, message}}`, or `network` / `invalid_response` from us. */
export class ApiRequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** The HTTP status, or 0 when the server did not answer. */
    readonly status: number,
  ) {
    super(message)
    this.name = 'ApiRequestError'
  }
}
