/** One sentence of a CoNLL-style NER file: its tokens and their BIO tags, index for index. */
export interface ConllSentence {
  readonly tokens: readonly string[]
  readonly tags: readonly string[]
}

/** One line of a CoNLL-style file: a sentence break, a comment, or a token with its tag column as written. */
export type ConllLine =
  | { readonly kind: 'break' }
  | { readonly kind: 'comment' }
  | {
      readonly kind: 'token'
      readonly token: string
      readonly tag: string
      readonly columns: number
    }

// WikiNEuRal writes "index<TAB>token<TAB>tag"; CoNLL-2003 and Europeana write "token tag" (extra columns
// between them are POS and chunk tags). A leading integer column is an index, never a token.
const INDEX_COLUMN = /^\d+$/u
const COLUMN_SEPARATOR = /\t| +/u
// "-DOCSTART-" lines (CoNLL-2003) and "#" comments (CoNLL-U) are not tokens.
const DOCUMENT_START = '-DOCSTART-'

/** Reads sentences from a CoNLL-style NER file: one token a line, the BIO tag last, a blank line between sentences. */
export function readConll(content: string): ConllSentence[] {
  const sentences: ConllSentence[] = []
  let tokens: string[] = []
  let tags: string[] = []
  const flush = (): void => {
    if (tokens.length > 0) sentences.push({ tokens, tags })
    tokens = []
    tags = []
  }
  for (const raw of content.split('\n')) {
    const line = parseConllLine(raw)
    if (line.kind === 'break') flush()
    else if (line.kind === 'token') {
      tokens.push(line.token)
      tags.push(normalizeTag(line.tag))
    }
  }
  flush()
  return sentences
}

/** Reads one line of a CoNLL-style file (a trailing carriage return is ignored). */
export function parseConllLine(raw: string): ConllLine {
  const line = raw.replace(/\r$/u, '')
  if (line.trim() === '') return { kind: 'break' }
  if (line.startsWith('#') && !line.includes('\t')) return { kind: 'comment' }
  const columns = line.split(line.includes('\t') ? '\t' : COLUMN_SEPARATOR)
  const first = columns.length >= 3 && INDEX_COLUMN.test(columns[0] ?? '') ? 1 : 0
  const token = columns[first] ?? ''
  if (token === DOCUMENT_START) return { kind: 'break' }
  return { kind: 'token', token, tag: columns[columns.length - 1] ?? 'O', columns: columns.length }
}

const BIO_TAG = /^(?:O|[BI]-\S+)$/u

/** Whether `tag` is O, B-TYPE or I-TYPE: what training accepts, and what scoring reads as written. */
export function isBioTag(tag: string): boolean {
  return BIO_TAG.test(tag)
}

/** The token lines whose tag is not a BIO tag (a "_", a bare "PER"): scoring reads them as O. */
export function tagsReadAsOutside(content: string): { count: number; first: string | null } {
  let count = 0
  let first: string | null = null
  for (const [index, raw] of content.split('\n').entries()) {
    const line = parseConllLine(raw)
    if (line.kind !== 'token' || isBioTag(line.tag)) continue
    count++
    first ??= `line ${index + 1}, tag ${JSON.stringify(line.tag)}`
  }
  return { count, first }
}

// Anything that is not B-X or I-X (for instance "_" or a bare type) counts as outside an entity.
function normalizeTag(tag: string): string {
  return /^[BI]-\S+$/u.test(tag) ? tag : 'O'
}
