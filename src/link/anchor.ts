/** The kinds of language-independent anchor, with how much a shared one says about two texts being versions. */
export const ANCHOR_WEIGHTS = {
  // A URL or a full date is nearly unique to a piece; figures of three digits or more rarely repeat by chance.
  url: 4,
  date: 3,
  figure: 3,
  // Two-digit numbers and years recur across unrelated texts on the same event.
  number: 1.5,
  year: 1.5,
  // Acronyms that languages share (NATO, CIA) or that the alias data normalised (UE, ONU).
  acronym: 1,
  // A capitalised name by its consonant skeleton: common, and German capitalises every noun.
  name: 1,
} as const
/** What an anchor is: a URL, a date, a figure, a number, a year, an acronym or a name. */
export type AnchorKind = keyof typeof ANCHOR_WEIGHTS

/** Something every version of a text keeps in every language: a figure, a date, a name, a URL. */
export interface Anchor {
  readonly kind: AnchorKind
  /** Comparable across languages: "#3000", "D3-8", "Y2023", "NKRF", "@NATO", "Unorthpost.example/…". */
  readonly key: string
  /** For names: the longer consonant skeleton that confirms a match on `key`. */
  readonly skeleton?: string
  readonly paragraph: number
  readonly start: number
  readonly text: string
}
