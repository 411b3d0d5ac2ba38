import type { Span } from '../../contracts/span.ts'
import { type PhraseMatch, PhraseMatcher } from '../../doc/phrase-matcher.ts'
import { type Token, tokenize } from '../../doc/tokenize.ts'
import type { LanguageData } from '../../lang/language-data.ts'

/** A reporting verb or attribution marker found in the text. */
export interface SpeechCue extends Span {
  readonly kind: 'verb' | 'attribution' | 'colon'
  /** A subject pronoun glued to the verb ("écrit-il", "estime-t-elle"). */
  readonly hasInvertedPronoun: boolean
}

interface CueLexicon {
  readonly verbs: PhraseMatcher
  readonly attributions: PhraseMatcher
  readonly inverted: RegExp
  /** A token's folded form without an inverted subject pronoun ("écrit-il" → "écrit"). */
  readonly withoutInversion: (token: Token) => string
}

const lexicons = new WeakMap<LanguageData, CueLexicon>()

function lexiconOf(language: LanguageData): CueLexicon {
  const cached = lexicons.get(language)
  if (cached) return cached
  const pronouns = language.subjectPronouns.join('|')
  // French inversion glues the subject to the verb: "écrit-il", "estime-t-elle".
  const inverted = new RegExp(`-(?:t-)?(?:${pronouns || '\\p{L}+'})$`, 'iu')
  const lexicon = {
    verbs: new PhraseMatcher(language.speechVerbs),
    attributions: new PhraseMatcher(language.attributionMarkers),
    inverted,
    // The inversion regex needs a hyphen: most words skip it.
    withoutInversion: (token: Token) =>
      token.folded.includes('-') ? token.folded.replace(inverted, '') : token.folded,
  }
  lexicons.set(language, lexicon)
  return lexicon
}

// Quotes and sourcing both look for cues in every sentence of a document: the cues of the current document's
// ranges are kept until the next document comes.
const MAX_MEMO_RANGES = 100_000
let memoText: string | null = null
const memo = new Map<LanguageData, Map<string, readonly SpeechCue[]>>()

/** Finds reporting verbs and attribution markers between `start` and `end`. */
export function findSpeechCues(
  text: string,
  start: number,
  end: number,
  language: LanguageData,
): readonly SpeechCue[] {
  if (text !== memoText) {
    memoText = text
    memo.clear()
  }
  let ranges = memo.get(language)
  if (!ranges) {
    ranges = new Map()
    memo.set(language, ranges)
  }
  const key = `${start}:${end}`
  const known = ranges.get(key)
  if (known) return known
  const cues = scanSpeechCues(text, start, end, language)
  if (ranges.size < MAX_MEMO_RANGES) ranges.set(key, cues)
  return cues
}

// A verb as written, else with an inverted pronoun dropped. The second try can only differ from the first
// when the first word has a hyphen or starts a verb phrase (a later word of it may carry the pronoun).
function matchVerb(
  verbs: PhraseMatcher,
  tokens: readonly Token[],
  index: number,
  withoutInversion: (token: Token) => string,
): PhraseMatch | null {
  const asWritten = verbs.matchAt(tokens, index)
  if (asWritten) return asWritten
  const first = tokens[index]!.folded
  if (!first.includes('-') && !verbs.hasPhrasesStartingWith(first)) return null
  return verbs.matchAt(tokens, index, withoutInversion)
}

function scanSpeechCues(
  text: string,
  start: number,
  end: number,
  language: LanguageData,
): SpeechCue[] {
  const { verbs, attributions, inverted, withoutInversion } = lexiconOf(language)
  const tokens = tokenize(text, start, end)
  const cues: SpeechCue[] = []
  for (let index = 0; index < tokens.length; index++) {
    const attribution = attributions.matchAt(tokens, index)
    const verb = attribution ? null : matchVerb(verbs, tokens, index, withoutInversion)
    const match = attribution ?? verb
    if (!match) continue
    const from = tokens[match.first]!.start
    const to = tokens[match.last]!.end
    const phrase = text.slice(from, to)
    cues.push({
      start: from,
      end: to,
      text: phrase,
      kind: attribution ? 'attribution' : 'verb',
      // "écrit-il", "a-t-il déclaré": the pronoun may sit on the auxiliary.
      hasInvertedPronoun: tokens
        .slice(match.first, match.last + 1)
        .some((token) => inverted.test(token.text)),
    })
    index = match.last
  }
  return cues
}
