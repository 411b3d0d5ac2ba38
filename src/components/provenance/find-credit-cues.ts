import type { ProvenanceRole } from '../../contracts/annotations.ts'
import { foldWord } from '../../doc/tokenize.ts'
import type { LanguageData, ProvenanceCues } from '../../lang/language-data.ts'
import type { CreditLine, LineContext } from './credit-line-types.ts'
import { afterSourceLanguage } from './read-credit-words.ts'
import type { CreditSegment } from './split-credit-line.ts'

// Most specific first: "Source: Lire l'article complet de X" is a republication credit, not an original.
const ROLES: readonly (ProvenanceRole & keyof ProvenanceCues)[] = [
  'republication',
  'translation',
  'original',
  'via',
  'author',
]
/** A cue and the text up to the next one, or text before any cue (`role` null). */
export interface Piece {
  readonly role: ProvenanceRole | null
  readonly payload: string
}

/** Splits a segment at the cues it holds. */
export function cuePieces(segment: CreditSegment, context: LineContext): Piece[] {
  const folded = foldWord(segment.text)
  const found: { at: number; end: number; role: ProvenanceRole }[] = []
  const opening = openingCue(segment.text, folded, context)
  if (opening) found.push({ at: 0, end: opening.end, role: opening.role })
  // Later cues of two words or more split the segment; single words ("par", "via") are too common inside names.
  for (const language of context.languages) {
    for (const role of ROLES) {
      for (const cue of foldedCuesOf(language)[role]) {
        if (!cue.folded.includes(' ')) continue
        if (role === 'author' && !isAuthorCue(cue.folded, context.line)) continue
        let at = folded.indexOf(cue.folded, 1)
        while (at > 0) {
          const end = at + cue.folded.length
          if (
            isWordStart(folded, at) &&
            isCueEnd(folded, end) &&
            !found.some((other) => at < other.end && end > other.at)
          )
            found.push({ at, end, role })
          at = folded.indexOf(cue.folded, at + 1)
        }
      }
    }
  }
  found.sort((a, b) => a.at - b.at)
  const pieces: Piece[] = []
  if (found.length === 0 || found[0]!.at > 0)
    pieces.push({
      role: null,
      payload: segment.text.slice(0, found[0]?.at ?? segment.text.length).trim(),
    })
  found.forEach((cue, index) => {
    const until = found[index + 1]?.at ?? segment.text.length
    pieces.push({ role: cue.role, payload: trimPayload(segment.text.slice(cue.end, until)) })
  })
  return pieces.filter((piece) => piece.role || piece.payload)
}

// The cue that opens a segment, the longest that matches; a segment opening with the language it was translated
// from ("Aus dem Französischen von Anna Lindner", "from the German") is a translation credit.
function openingCue(
  text: string,
  folded: string,
  context: LineContext,
): { readonly role: ProvenanceRole; readonly end: number } | null {
  let best: { role: ProvenanceRole; end: number } | null = null
  for (const language of context.languages) {
    for (const role of ROLES) {
      for (const cue of foldedCuesOf(language)[role]) {
        if (role === 'author' && !isAuthorCue(cue.folded, context.line)) continue
        const end = cue.folded.length
        if (folded.startsWith(cue.folded) && isCueEnd(folded, end) && (!best || end > best.end))
          best = { role, end }
      }
    }
  }
  if (best) return best
  const rest = afterSourceLanguage(text, context.words)
  if (rest === null) return null
  const restAt = rest ? text.lastIndexOf(rest) : text.length
  const cue = rest ? openingCue(rest, foldWord(rest), context) : null
  return { role: 'translation', end: restAt + (cue?.role === 'translation' ? cue.end : 0) }
}

function trimPayload(text: string): string {
  return text.replace(/^[\s:.,;–—-]+|[\s.,;–—-]+$/gu, '')
}

// Never on the title line: "Di Maio cambia idea" is a headline, not a credit.
// An author cue of one word ("By", "Par", "Di") only opens a byline at the head; a phrase ("Reporting by",
// "une tribune de") credits the author in the closing lines too.
function isAuthorCue(folded: string, line: CreditLine): boolean {
  return !line.isTitle && (line.isHead || folded.includes(' '))
}

// "un article de" starts no cue inside "d'un article de".
function isWordStart(folded: string, at: number): boolean {
  return at === 0 || !/[\p{L}\p{N}'’]/u.test(folded[at - 1] ?? '')
}

// "Par" is a cue in "Par Igor Vetrov", not in "Partager".
export function isCueEnd(folded: string, end: number): boolean {
  const last = folded[end - 1] ?? ''
  if (!/[\p{L}\p{N}]/u.test(last)) return true
  return !/[\p{L}\p{N}]/u.test(folded[end] ?? '')
}

type FoldedCues = {
  readonly [K in Exclude<keyof ProvenanceCues, 'creditWords'>]: readonly {
    text: string
    folded: string
  }[]
}

// Every line is compared with every cue of one or two languages: the cues are folded once per language.
const foldedCueTables = new WeakMap<LanguageData, FoldedCues>()

/** The cue lists of a language, folded for comparison with folded lines. */
export function foldedCuesOf(language: LanguageData): FoldedCues {
  const known = foldedCueTables.get(language)
  if (known) return known
  const cues = language.provenanceCues
  const fold = (list: readonly string[]) => list.map((text) => ({ text, folded: foldWord(text) }))
  const table: FoldedCues = {
    author: fold(cues.author),
    original: fold(cues.original),
    translation: fold(cues.translation),
    republication: fold(cues.republication),
    via: fold(cues.via),
    originalDate: fold(cues.originalDate),
    publishedDate: fold(cues.publishedDate),
  }
  foldedCueTables.set(language, table)
  return table
}
