import { decodeEntities } from './decode-entities.ts'

// Lengths are bounded so that text full of unmatched "`", "*" or "[" stays linear, not quadratic.
const CODE_SPAN = /(?<!`)(`{1,16})(?!`)([\s\S]{0,2000}?[^`])\1(?!`)/g
const BACKSLASH_ESCAPE = /\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g
const IMAGE = /!\[[^\]\n]{0,1000}\](?:\((?:[^()\n]|\([^()\n]*\)){0,2000}\)|\[[^\]\n]{0,1000}\])/g
const INLINE_LINK = /\[([^\]\n]{0,1000})\]\((?:[^()\n]|\([^()\n]*\)){0,2000}\)/g
const REFERENCE_LINK = /\[([^\]\n]{0,1000})\]\[([^\]\n]{0,1000})\]/g
const SHORTCUT_LINK = /\[([^\]\n]{1,1000})\](?![[(:])/g
const AUTOLINK = /<((?:https?|ftp):\/\/[^\s<>]{1,2000}|[^\s<>@]{1,200}@[^\s<>@]{1,200})>/g
const HTML_COMMENT = /<!--[\s\S]{0,10000}?-->/g
const HTML_LINE_BREAK = /<br\s*\/?>/gi
const HTML_TAG = /<\/?[a-zA-Z][a-zA-Z0-9-]{0,30}(?:\s[^<>]{0,2000})?\/?>/g
const STAR_EMPHASIS = /(\*{1,3}|~~)(?=\S)([^\n]{0,1000}?\S)\1/g
// "_" emphasises only at word edges: snake_case_names stay as written.
const UNDERSCORE_EMPHASIS =
  /(?<![\p{L}\p{N}_])(_{1,3})(?=\S)([^\n]{0,1000}?\S)\1(?![\p{L}\p{N}_])/gu
const PRIVATE_USE_CHARACTER = /[\uE000-\uF8FF]/g
const WHITE_SPACE_RUN = /\s+/g
const LINE_FEEDS = /\n/g
const FIRST_PRIVATE_USE = 0xe000
const LAST_PRIVATE_USE = 0xf8ff

/**
 * Removes inline Markdown syntax from one block: emphasis, code-span backticks, images, link syntax
 * (the link text stays), inline HTML tags and backslash escapes; decodes character references.
 */
export function stripMarkdownInline(markdown: string, references: ReadonlySet<string>): string {
  const literals = new LiteralShelf(markdown)
  // Code spans and escaped characters are literal: shelve them before any syntax is removed.
  let text = markdown
    .replace(CODE_SPAN, (_span, _ticks, content: string) => literals.shelve(codeSpanText(content)))
    .replace(BACKSLASH_ESCAPE, (_escape, character: string) => literals.shelve(character))
  text = text
    .replace(IMAGE, '')
    .replace(INLINE_LINK, '$1')
    .replace(REFERENCE_LINK, '$1')
    .replace(SHORTCUT_LINK, (link, label: string) =>
      references.has(normalizeLabel(label)) ? label : link,
    )
    .replace(AUTOLINK, '$1')
    .replace(HTML_COMMENT, '')
    .replace(HTML_LINE_BREAK, '\n')
    .replace(HTML_TAG, '')
  // Two passes undo one level of nesting (**bold with *italics* inside**).
  for (let pass = 0; pass < 2; pass += 1) {
    text = text.replace(STAR_EMPHASIS, '$2').replace(UNDERSCORE_EMPHASIS, '$2')
  }
  return literals.restore(decodeEntities(text))
}

/** Normalises a link label as CommonMark matches them: case-folded, inner white space collapsed. */
export function normalizeLabel(label: string): string {
  return label.trim().replace(WHITE_SPACE_RUN, ' ').toLowerCase()
}

// CommonMark: line endings become spaces, and one space is stripped from each side when both exist.
function codeSpanText(content: string): string {
  const oneLine = content.replace(LINE_FEEDS, ' ')
  const isPadded = oneLine.startsWith(' ') && oneLine.endsWith(' ') && oneLine.trim() !== ''
  return isPadded ? oneLine.slice(1, -1) : oneLine
}

// Holds literal text out of reach of the syntax regexes, each piece replaced by a private-use
// character that the source does not contain.
class LiteralShelf {
  private readonly pieces = new Map<string, string>()
  private readonly usedInSource: Set<string>
  private next = FIRST_PRIVATE_USE

  constructor(source: string) {
    this.usedInSource = new Set(source.match(PRIVATE_USE_CHARACTER) ?? [])
  }

  shelve(piece: string): string {
    while (this.next <= LAST_PRIVATE_USE && this.usedInSource.has(String.fromCharCode(this.next))) {
      this.next += 1
    }
    // With 6 400 literals in one block the shelf is full: the rest stay in place, unprotected.
    if (this.next > LAST_PRIVATE_USE) return piece
    const placeholder = String.fromCharCode(this.next)
    this.next += 1
    this.pieces.set(placeholder, piece)
    return placeholder
  }

  restore(text: string): string {
    if (this.pieces.size === 0) return text
    return text.replace(
      PRIVATE_USE_CHARACTER,
      (character) => this.pieces.get(character) ?? character,
    )
  }
}
