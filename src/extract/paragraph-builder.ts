// Inter-element white space as CSS `white-space: normal` collapses it: ASCII space, tab, LF, FF, CR.
// U+00A0 (&nbsp;) is not in the set: it renders, so it stays.
const COLLAPSIBLE_RUN = /[ \t\n\f\r]+/g
const LINE_EDGE_SPACES = /^[ \t]+|[ \t]+$/g
const TRAILING_SPACES = /[ \t]+$/
const CARRIAGE_RETURNS = /\r\n?/g

/** Accumulates rendered text into paragraphs: blank-line separated, trimmed, "\n" only for <br>. */
export class ParagraphBuilder {
  private readonly paragraphs: string[] = []
  private lines: string[] = ['']
  private isPreformatted = false

  /** Adds text as HTML renders it outside <pre>: runs of white space become one space. */
  addText(raw: string): void {
    const collapsed = raw.replace(COLLAPSIBLE_RUN, ' ')
    if (collapsed === '') return
    const line = this.currentLine()
    const isAtBoundary = line === '' || line.endsWith(' ') || line.endsWith('\t')
    this.setCurrentLine(
      line + (isAtBoundary && collapsed.startsWith(' ') ? collapsed.slice(1) : collapsed),
    )
  }

  /** Adds text from inside <pre>: spaces and line breaks are kept. */
  addPreformattedText(raw: string): void {
    this.isPreformatted = true
    const [first = '', ...rest] = raw.replace(CARRIAGE_RETURNS, '\n').split('\n')
    this.setCurrentLine(this.currentLine() + first)
    this.lines.push(...rest)
  }

  /** Starts a new line inside the current paragraph (a <br>). */
  addLineBreak(): void {
    this.lines.push('')
  }

  /** Separates table cells on one line with a tab. */
  addCellBoundary(): void {
    const line = this.currentLine().replace(TRAILING_SPACES, '')
    this.setCurrentLine(line === '' ? line : `${line}\t`)
  }

  /** Closes the current paragraph, if it has any text. */
  endParagraph(): void {
    const edgePattern = this.isPreformatted ? TRAILING_SPACES : LINE_EDGE_SPACES
    const kept: string[] = []
    for (const raw of this.lines) {
      const line = raw.replace(edgePattern, '')
      const isBlank = line.trim() === ''
      // Consecutive <br>s give at most one blank line, so no run of 3+ newlines reaches the text.
      if (isBlank && (kept.length === 0 || kept.at(-1) === '')) continue
      kept.push(isBlank ? '' : line)
    }
    const paragraph = kept.join('\n').trim()
    if (paragraph !== '') this.paragraphs.push(paragraph)
    this.lines = ['']
    this.isPreformatted = false
  }

  /** Returns the paragraphs joined by blank lines. */
  toText(): string {
    this.endParagraph()
    return this.paragraphs.join('\n\n')
  }

  private currentLine(): string {
    return this.lines.at(-1) ?? ''
  }

  private setCurrentLine(line: string): void {
    this.lines[this.lines.length - 1] = line
  }
}
