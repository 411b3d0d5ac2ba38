import type { Span } from '../../contracts/span.ts'

/** A pair of quotation marks found in the text, with the quoted words between them. */
export interface QuotedSpan {
  /** Offset of the opening mark. */
  readonly open: number
  /** Offset just after the closing mark, or the end of the paragraph when the quote is never closed. */
  readonly close: number
  /** The quoted words, without the marks and surrounding spaces. */
  readonly inner: Span
  readonly isClosed: boolean
  /** Nesting depth: 0 for an outer quote. */
  readonly depth: number
}

const MAX_DEPTH = 16
const SPACE_BEFORE = /[\s\u00a0\u202f([{'’—–-]/u
const SPACE_AFTER = /[\s\u00a0\u202f)\]}.,;:!?…]/u

interface Mark {
  readonly at: number
  readonly char: string
}

/**
 * Pairs quotation marks inside one paragraph. Marks that serve both roles (" and, in machine translation, ”
 * used as an opener) are decided by the characters around them; an unclosed quote runs to the paragraph's end.
 */
export function findQuoteMarks(
  text: string,
  paragraph: Span,
  pairs: readonly (readonly [string, string])[],
): QuotedSpan[] {
  const { openers, closers, anyMark } = markTableOf(pairs)
  const stack: Mark[] = []
  const found: QuotedSpan[] = []
  // The regex skips to the next mark; it reads a slice so that it never runs past the paragraph.
  const slice = text.slice(paragraph.start, paragraph.end)
  anyMark.lastIndex = 0
  for (let match = anyMark.exec(slice); match !== null; match = anyMark.exec(slice)) {
    const at = paragraph.start + match.index
    const char = match[0]
    const canOpen = openers.has(char)
    const canClose = closers.has(char)
    const role = decideRole(text, at, canOpen, canClose, stack, openers)
    // Real quotations nest two or three deep; past MAX_DEPTH a mark is a stray character, not a new quote.
    if (role === 'open' && stack.length < MAX_DEPTH) stack.push({ at, char })
    else if (role === 'close') {
      const index = findOpener(stack, char, openers)
      if (index === -1) continue
      const opener = stack[index]!
      stack.length = index
      found.push(makeQuoted(text, opener.at, at + 1, true, index))
    }
  }
  // Unclosed quotes: the outermost one runs to the end of the paragraph (a long quotation spanning lines).
  const outer = stack[0]
  if (outer) found.push(makeQuoted(text, outer.at, paragraph.end, false, 0))
  return found.sort((a, b) => a.open - b.open)
}

interface MarkTable {
  readonly openers: ReadonlyMap<string, ReadonlySet<string>>
  readonly closers: ReadonlySet<string>
  /** Matches any opening or closing mark (global: callers reset lastIndex). */
  readonly anyMark: RegExp
}

// A language's pairs are one constant array: its table is built once.
const markTables = new WeakMap<readonly (readonly [string, string])[], MarkTable>()

function markTableOf(pairs: readonly (readonly [string, string])[]): MarkTable {
  const known = markTables.get(pairs)
  if (known) return known
  const openers = new Map<string, Set<string>>()
  const closers = new Set<string>()
  for (const [open, close] of pairs) {
    const set = openers.get(open) ?? new Set<string>()
    set.add(close)
    openers.set(open, set)
    closers.add(close)
  }
  // “ and ” belong to one family: machine translation swaps them, so either may close the other.
  if (openers.has('“')) openers.get('“')?.add('“')
  if (closers.has('”') && !openers.has('”')) openers.set('”', new Set(['”', '“']))
  // One UTF-16 code unit each, as the pairing reads them; a character class without the u flag matches the same.
  const marks = [...new Set([...openers.keys(), ...closers])].filter((mark) => mark.length === 1)
  const escaped = marks.map((mark) => mark.replace(/[\\\]^-]/gu, '\\$&')).join('')
  const anyMark = new RegExp(escaped === '' ? '(?!)' : `[${escaped}]`, 'g')
  const table = { openers, closers, anyMark }
  markTables.set(pairs, table)
  return table
}

function decideRole(
  text: string,
  at: number,
  canOpen: boolean,
  canClose: boolean,
  stack: readonly Mark[],
  openers: ReadonlyMap<string, ReadonlySet<string>>,
): 'open' | 'close' | null {
  const before = at > 0 ? (text[at - 1] ?? ' ') : ' '
  const after = text[at + 1] ?? ' '
  const looksOpening = SPACE_BEFORE.test(before) || /\p{L}['’]$/u.test(text.slice(at - 2, at))
  const looksClosing = SPACE_AFTER.test(after) || at + 1 >= text.length
  if (canOpen && canClose) {
    const hasOpen = findOpener(stack, text[at] ?? '', openers) !== -1
    if (hasOpen && (looksClosing || !looksOpening)) return 'close'
    if (looksOpening && !SPACE_AFTER.test(after)) return 'open'
    return hasOpen ? 'close' : null
  }
  if (canClose) return 'close'
  return 'open'
}

function findOpener(
  stack: readonly Mark[],
  closer: string,
  openers: ReadonlyMap<string, ReadonlySet<string>>,
): number {
  for (let index = stack.length - 1; index >= 0; index--) {
    const mark = stack[index]!
    if (openers.get(mark.char)?.has(closer)) return index
  }
  return -1
}

function makeQuoted(
  text: string,
  open: number,
  close: number,
  isClosed: boolean,
  depth: number,
): QuotedSpan {
  let start = open + 1
  let end = isClosed ? close - 1 : close
  while (start < end && /[\s\u00a0\u202f]/u.test(text[start] ?? '')) start++
  while (end > start && /[\s\u00a0\u202f]/u.test(text[end - 1] ?? '')) end--
  return { open, close, inner: { start, end, text: text.slice(start, end) }, isClosed, depth }
}
