import type { Entity, ProvenanceRole } from '../../contracts/annotations.ts'
import type { Span } from '../../contracts/span.ts'
import type { CreditWords, LanguageData } from '../../lang/language-data.ts'
import type { ParsedDate } from './parse-date.ts'

/** A line short enough to be a credit, at the head or the tail of the article. */
export interface CreditLine extends Span {
  readonly index: number
  readonly isHead: boolean
  /** The line is the document's title: a name alone there is the subject, not the author. */
  readonly isTitle: boolean
}

/** One part of a credit line: a cue and what follows it, or a name, an outlet, a date, a URL, a place, a label. */
export type Part =
  | { readonly kind: 'cue'; readonly role: ProvenanceRole; readonly payload: string }
  | { readonly kind: 'person' | 'outlet'; readonly name: string; readonly text: string }
  | { readonly kind: 'date' | 'url' | 'place' | 'label' | 'other'; readonly text: string }

/** What every part of one line is read against. */
export interface LineContext {
  readonly text: string
  readonly line: CreditLine
  readonly entities: readonly Entity[]
  readonly languages: readonly LanguageData[]
  readonly words: CreditWords
  readonly date: ParsedDate | null
  readonly url: string | null
}
