import { type FrontMatter, readFrontMatter } from './read-front-matter.ts'
import { normalizeLabel, stripMarkdownInline } from './strip-markdown-inline.ts'

/** An article read from Markdown: text as rendered, without syntax, plus front-matter fields. */
export interface ExtractedMarkdown extends Omit<FrontMatter, 'title'> {
  title: string | null
  text: string
}

type Block =
  | { kind: 'paragraph'; lines: string[] }
  | { kind: 'heading'; level: number; content: string }
  | { kind: 'code'; lines: string[] }
  | { kind: 'row'; cells: string[] }

const BYTE_ORDER_MARK = /^\uFEFF/
const LINE_BREAKS = /\r\n?/g
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*))?$/
const CLOSING_HASHES = /#+$/
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/
const BLOCKQUOTE_MARKER = /^ {0,3}> ?/
const LIST_MARKER = /^[ \t]*(?:[-*+]|(\d{1,9})[.)])(?:[ \t]+|$)(?:\[[ xX]\][ \t]+)?/
const REFERENCE_DEFINITION = /^ {0,3}\[([^\]]{1,1000})\]:[ \t]*\S/
const TABLE_DELIMITER = /^ {0,3}\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?$/
const TABLE_EDGE_PIPES = /^[ \t]*\||\|[ \t]*$/g
const UNESCAPED_PIPE = /(?<!\\)\|/
const SPACE_RUN = /[ \t]+/g
const BLANK_LINE_RUN = /\n{3,}/g
const LEADING_SPACES = /^[ \t]+/

/** Turns Markdown into plain text paragraphs; a leading `# Title` (or front-matter title) is the title. */
export function extractMarkdown(markdown: string): ExtractedMarkdown {
  const normalized = markdown.replace(BYTE_ORDER_MARK, '').replace(LINE_BREAKS, '\n')
  const { frontMatter, body } = readFrontMatter(normalized)
  const lines = body.split('\n')
  const references = new Set(
    lines.flatMap((line) => {
      const label = REFERENCE_DEFINITION.exec(line)?.[1]
      return label === undefined ? [] : [normalizeLabel(label)]
    }),
  )
  const blocks = parseBlocks(lines)
  const paragraphs = blocks
    .map((block) => renderBlock(block, references))
    .filter((text) => text !== '')
  const text = paragraphs.join('\n\n').replace(BLANK_LINE_RUN, '\n\n')
  const first = blocks[0]
  // The headline stays in the text as its first paragraph, as plain-text titles do.
  const headline = first?.kind === 'heading' && first.level === 1 ? paragraphs[0] : undefined
  return { ...frontMatter, title: frontMatter.title ?? headline ?? null, text }
}

function parseBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = []
  let paragraph: string[] = []
  let fence: { marker: string; lines: string[] } | null = null
  let isInTable = false
  let isInListItem = false
  const endParagraph = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', lines: paragraph })
    paragraph = []
    isInListItem = false
  }
  for (let index = 0; index < lines.length; index += 1) {
    const raw = lines[index] ?? ''
    if (fence !== null) {
      if (isClosingFence(raw, fence.marker)) {
        blocks.push({ kind: 'code', lines: fence.lines })
        fence = null
      } else fence.lines.push(raw)
      continue
    }
    let line = raw
    while (BLOCKQUOTE_MARKER.test(line)) line = line.replace(BLOCKQUOTE_MARKER, '')
    if (line.trim() === '') {
      endParagraph()
      isInTable = false
      continue
    }
    const fenceMarker = FENCE_OPEN.exec(line)?.[1]
    if (fenceMarker !== undefined) {
      endParagraph()
      fence = { marker: fenceMarker, lines: [] }
      continue
    }
    if (REFERENCE_DEFINITION.test(line)) continue
    const heading = ATX_HEADING.exec(line)
    if (heading !== null) {
      endParagraph()
      const content = withoutClosingHashes(heading[2] ?? '')
      blocks.push({ kind: 'heading', level: heading[1]?.length ?? 1, content })
      continue
    }
    const underline = SETEXT_UNDERLINE.exec(line)?.[1]
    if (underline !== undefined && paragraph.length > 0 && !isInTable) {
      const level = underline.startsWith('=') ? 1 : 2
      blocks.push({ kind: 'heading', level, content: paragraph.join(' ') })
      paragraph = []
      continue
    }
    if (THEMATIC_BREAK.test(line)) {
      endParagraph()
      continue
    }
    const next = lines[index + 1] ?? ''
    if (!isInTable && UNESCAPED_PIPE.test(line) && TABLE_DELIMITER.test(next)) {
      endParagraph()
      isInTable = true
      index += 1
    }
    if (isInTable && UNESCAPED_PIPE.test(line)) {
      blocks.push({ kind: 'row', cells: splitRow(line) })
      continue
    }
    isInTable = false
    const listMarker = LIST_MARKER.exec(line)
    // Only a bullet or "1." may interrupt a plain paragraph: "in\n1995. That year" is one sentence.
    const canStartItem =
      paragraph.length === 0 || isInListItem || [undefined, '1'].includes(listMarker?.[1])
    if (listMarker !== null && canStartItem) {
      endParagraph()
      isInListItem = true
      line = line.slice(listMarker[0].length)
    }
    paragraph.push(line.replace(LEADING_SPACES, ''))
  }
  endParagraph()
  // An unclosed fence runs to the end of the document (CommonMark).
  if (fence !== null) blocks.push({ kind: 'code', lines: fence.lines })
  return blocks
}

function renderBlock(block: Block, references: ReadonlySet<string>): string {
  switch (block.kind) {
    case 'code':
      return block.lines
        .map((line) => line.trimEnd())
        .join('\n')
        .trim()
    case 'heading':
      return renderInline(block.content, references)
    case 'row':
      return block.cells
        .map((cell) => renderInline(cell, references))
        .join('\t')
        .trim()
    case 'paragraph':
      return renderInline(joinSoftBreaks(block.lines), references)
  }
}

// Two trailing spaces or a trailing backslash make a hard line break (<br>); other line breaks
// render as spaces. String tests, not / {2,}$/: that regex is quadratic on long runs of spaces.
function joinSoftBreaks(lines: readonly string[]): string {
  return lines
    .map((line, index) => {
      if (index === lines.length - 1) return line
      if (line.endsWith('  ')) return `${line.trimEnd()}\n`
      if (line.endsWith('\\')) return `${line.slice(0, -1)}\n`
      return `${line} `
    })
    .join('')
}

function isClosingFence(line: string, marker: string): boolean {
  const trimmed = line.trim()
  return (
    trimmed.length >= marker.length && [...trimmed].every((character) => character === marker[0])
  )
}

// "# Title ##" closes with hashes; "# C#" does not (the hashes must follow white space).
function withoutClosingHashes(content: string): string {
  const trimmed = content.trimEnd()
  const withoutHashes = trimmed.replace(CLOSING_HASHES, '')
  if (withoutHashes === trimmed) return trimmed
  return withoutHashes === '' || withoutHashes.endsWith(' ') || withoutHashes.endsWith('\t')
    ? withoutHashes.trimEnd()
    : trimmed
}

// Rendered Markdown is HTML, where runs of spaces collapse; each line is trimmed, then the block.
function renderInline(markdown: string, references: ReadonlySet<string>): string {
  return stripMarkdownInline(markdown, references)
    .split('\n')
    .map((line) => line.replace(SPACE_RUN, ' ').trim())
    .join('\n')
    .replace(BLANK_LINE_RUN, '\n\n')
    .trim()
}

function splitRow(line: string): string[] {
  return line
    .trim()
    .replace(TABLE_EDGE_PIPES, '')
    .split(UNESCAPED_PIPE)
    .map((cell) => cell.trim())
}
