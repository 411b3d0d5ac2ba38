/** Everything Narrascope knows about one language, as data: components read it, never branch on a code. */
export interface LanguageData {
  readonly code: string
  /** Pairs of [opening, closing] quotation marks, most specific first. */
  readonly quotePairs: readonly (readonly [string, string])[]
  /** Words ending with a period that do not end a sentence ("M.", "Dr."), lowercased, without the period. */
  readonly abbreviations: readonly string[]
  /** Reporting verbs and phrases, lowercased, that introduce speech ("a déclaré", "said"). */
  readonly speechVerbs: readonly string[]
  /** Prepositions that attribute information to a source ("selon", "according to"). */
  readonly attributionMarkers: readonly string[]
  /** Words that introduce reported speech after a verb ("que", "that"). */
  readonly complementizers: readonly string[]
  /** Subject pronouns that can refer back to a speaker ("il", "he"). */
  readonly subjectPronouns: readonly string[]
  /** Words that say a source is unnamed ("source", "sources", "responsable"), lowercased. */
  readonly anonymousSourceNouns: readonly string[]
  /** Phrases that make a source anonymous on their own ("selon nos informations", "people familiar with"). */
  readonly anonymousSourcePhrases: readonly string[]
  /** Head words of documents cited as sources ("rapport", "report"). */
  readonly documentNouns: readonly string[]
  /** Parts of a document that refer back to the one just cited ("chapitre", "section"). */
  readonly documentPartNouns: readonly string[]
  /** Words that cite a source or a document ("dans", "selon", "see", "laut"). */
  readonly citingWords: readonly string[]
  /** Relative words and verbs that end a source's noun phrase ("qui", "a", "said"). */
  readonly phraseStopWords: readonly string[]
  /** Head words of organisations when written in lower case ("ministère", "ministry"). */
  readonly organizationNouns: readonly string[]
  /** Heads of government departments named by their portfolio ("ministère" de la Santé), lowercased. */
  readonly ministryNouns: readonly string[]
  /** Portfolios written with a capital after a minister's title ("ministre de l'Intérieur"), lowercased. */
  readonly portfolios: readonly string[]
  /** Titles and roles that precede a person's name ("président", "minister"). */
  readonly personTitles: readonly string[]
  /** Lowercase words that may sit inside a multi-word name ("de", "of"). */
  readonly nameConnectors: readonly string[]
  /** Capitalised words that are not names when they start a sentence (articles, pronouns, conjunctions). */
  readonly stopwords: readonly string[]
  /** Forms of the auxiliary and copular verbs ("est", "avait", "was"), lowercased: grammar, never a cue word. */
  readonly auxiliaryVerbs: readonly string[]
  /**
   * Case endings of names, lowercased, each with the endings its base form may have instead ("токаева" is
   * "токаев" + "а"; "россии" is "росси" + "ия"): how alias data finds a declined name. Empty where names are
   * not declined.
   */
  readonly caseEndings: Readonly<Record<string, readonly string[]>>
  /** True where every noun is capitalised (German): a capital alone says nothing about a name. */
  readonly capitalisesNouns: boolean
  /** Words written with a capital by convention that are not names ("État" in French), folded. */
  readonly capitalisedCommonNouns: readonly string[]
  /** Prepositions after which a capitalised word is a place ("à", "in"). */
  readonly locationPrepositions: readonly string[]
  /** Month names and abbreviations, lowercased, to their month number (1–12). */
  readonly months: Readonly<Record<string, number>>
  /** Number words that may stand before a magnitude ("un" in "un million"), lowercased, to their value. */
  readonly numberWords: Readonly<Record<string, number>>
  /** Words and abbreviations that scale the number before them ("millions", "Mrd."), lowercased, to their power of ten. */
  readonly magnitudes: Readonly<Record<string, number>>
  /** How numeric dates are written (09/01/22 is 9 January in French, 1 September in US English). */
  readonly numericDateOrder: NumericDateOrder
  /** True where a period after a number makes it an ordinal ("am 11. April"), so it ends no sentence there. */
  readonly ordinalPeriod: boolean
  /** Provenance credit cues, lowercased, matched at the start of a line or sentence. */
  readonly provenanceCues: ProvenanceCues
}

/** Cue phrases for each kind of credit line. */
export interface ProvenanceCues {
  readonly author: readonly string[]
  readonly original: readonly string[]
  readonly translation: readonly string[]
  readonly republication: readonly string[]
  readonly via: readonly string[]
  /** Phrases that date the original ("article original datant du"). */
  readonly originalDate: readonly string[]
  /** Phrases that date this publication ("publié le"). */
  readonly publishedDate: readonly string[]
  /** The words inside a credit, around the names it gives. */
  readonly creditWords: CreditWords
}

/** Words of a credit line's payload, lowercased: what they mark is the name after or before them. */
export interface CreditWords {
  /** "From" before a language's name: "traduit de l'anglais", "translated from the German", "с немецкого". */
  readonly fromLanguage: readonly string[]
  /** Names of languages as they follow `fromLanguage` ("anglais", "german", "немецкого"). */
  readonly languageNames: readonly string[]
  /** Before the person who did the work ("par", "by", "von", "a cura di"). */
  readonly byPerson: readonly string[]
  /** Before the outlet a translation was made for ("pour", "for", "специально для"). */
  readonly forOutlet: readonly string[]
  /** Before the outlet a work appeared in ("dans", "in", "на"). */
  readonly inOutlet: readonly string[]
  /** An outlet's own staff, before or after its name ("la rédaction", "editorial team", "редакция"). */
  readonly editorialTeam: readonly string[]
  /** Articles that may open an outlet's name in running text, lowercased ("du Saker francophone"). */
  readonly articles: readonly string[]
  /** Words that make a name an outlet's, not a person's ("review", "observatoire", "обозрение"), lowercased. */
  readonly outletWords: readonly string[]
}

/** Order of day, month and year in numeric dates such as 09/01/22. */
export type NumericDateOrder = 'dmy' | 'mdy' | 'ymd'
