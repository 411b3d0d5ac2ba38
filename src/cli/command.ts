/** One CLI verb: a summary for the usage text and a run function returning the exit code. */
export interface Command {
  readonly summary: string
  run(argv: string[]): Promise<number>
}
