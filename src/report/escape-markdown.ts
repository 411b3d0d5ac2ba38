// CommonMark lets any ASCII punctuation be backslash-escaped; these are the characters that can open
// emphasis, code, links (with `[` escaped, `(` and `!` are inert), raw HTML, entities, GFM tables and
// strikethrough, closing heading sequences, and `$` math on GitHub. Text never starts a line (see below),
// so list and quote markers need no escape.
const MARKDOWN_SPECIAL = /[\\`*_[\]<>#|~&$]/gu
const LINE_BREAKS = /\s*[\r\n]+\s*/gu

/**
 * Escapes untrusted text for inline Markdown; line breaks become spaces, so the text can neither start
 * a new block (heading, list, quote, table row) nor break out of a table cell.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(MARKDOWN_SPECIAL, '\\$&')
}
