/** A configuration or programming error, thrown when a pipeline is built, never per document. */
export class PipelineError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'PipelineError'
  }
}
