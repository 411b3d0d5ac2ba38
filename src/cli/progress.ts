/** A one-line progress counter on stderr, shown only on a terminal once more than a handful of inputs arrive. */
export class Progress {
  private done = 0
  private failed = 0
  private readonly isTerminal: boolean

  constructor(
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly showAfter = 5,
  ) {
    this.isTerminal = Boolean(stream.isTTY)
  }

  tick(ok: boolean, label: string): void {
    this.done++
    if (!ok) this.failed++
    if (!this.isTerminal || this.done <= this.showAfter) return
    const name = label.length > 50 ? `…${label.slice(-49)}` : label
    this.stream.write(`\r\x1b[2K[${this.done}] analysed, ${this.failed} failed  ${name}`)
  }

  finish(): void {
    if (this.isTerminal && this.done > this.showAfter) this.stream.write('\r\x1b[2K')
    if (this.done > this.showAfter || this.failed > 0) {
      this.stream.write(`narrascope: ${this.done - this.failed} analysed, ${this.failed} failed\n`)
    }
  }
}
