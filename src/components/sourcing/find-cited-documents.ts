import type { Entity } from '../../contracts/annotations.ts'
import type { Span } from '../../contracts/span.ts'
import { makeSpan, spansStartingIn } from '../../doc/span.ts'
import type { Token } from '../../doc/tokenize.ts'
import { foldedSet } from '../../lang/folded-set.ts'
import type { LanguageData } from '../../lang/language-data.ts'

// How far (in words) a document noun may stand after the marker that cites it ("dans un rapport de 2019 …").
const MAX_WORDS_MARKER_TO_DOCUMENT = 3
// How many words a document phrase ("rapport de 2019 de la RAND corporation") may span.
const MAX_DOCUMENT_WORDS = 10
// How far (in characters) after the phrase its author or publisher may be named.
const MAX_CHARS_TO_PUBLISHER = 40
const PHRASE_STOP = /[,;:.!?()«»“”"]/u
const YEAR = /\b(1[89]|20)\d\d\b/u
const TITLE_FOLLOWS = /[«“"]/u

/** A document cited as a source: the phrase naming it and a name that says which one. */
export interface CitedDocument {
  readonly phrase: Span
  /** The phrase, with its publisher when one is named ("rapport de 2019 (RAND Corporation)"). */
  readonly canonical: string
}

/**
 * Documents cited in one sentence: a document noun right after a citing word ("dans un rapport de 2019 de la
 * RAND corporation", "see the NED's page"), kept when a publisher, a year or a quoted title says which document.
 */
export function findCitedDocuments(
  text: string,
  sentence: Span,
  tokens: readonly Token[],
  entities: readonly Entity[],
  language: LanguageData,
): CitedDocument[] {
  const documentNouns = foldedSet(language.documentNouns)
  const citingWords = foldedSet(language.citingWords)
  const stops = foldedSet(language.phraseStopWords)
  const found: CitedDocument[] = []
  tokens.forEach((token, index) => {
    if (!documentNouns.has(token.folded)) return
    const isCited = tokens
      .slice(Math.max(0, index - MAX_WORDS_MARKER_TO_DOCUMENT), index)
      .some((word) => citingWords.has(word.folded))
    if (!isCited) return
    const last = phraseEnd(tokens, index, text, stops)
    const phrase = makeSpan(text, token.start, tokens[last]!.end)
    const reach = Math.min(sentence.end, phrase.end + MAX_CHARS_TO_PUBLISHER)
    const publisher = spansStartingIn(entities, phrase.start, reach).find(
      (entity) => entity.end <= phrase.end + MAX_CHARS_TO_PUBLISHER,
    )
    const saysWhich =
      YEAR.test(phrase.text) || TITLE_FOLLOWS.test(text.slice(phrase.end, phrase.end + 3))
    if (!publisher && !saysWhich) return
    found.push({
      phrase,
      canonical: publisher ? `${phrase.text} (${publisher.canonical})` : phrase.text,
    })
  })
  return found
}

// Forward over the document's modifiers until punctuation, a verb or relative word, or the word limit.
function phraseEnd(
  tokens: readonly Token[],
  index: number,
  text: string,
  stops: ReadonlySet<string>,
): number {
  let end = index
  for (let next = index + 1; next < tokens.length && next - index < MAX_DOCUMENT_WORDS; next++) {
    if (PHRASE_STOP.test(text.slice(tokens[next - 1]!.end, tokens[next]!.start))) break
    if (stops.has(tokens[next]!.folded)) break
    end = next
  }
  return end
}
