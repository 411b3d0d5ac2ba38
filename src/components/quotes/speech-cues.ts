import type { Span } from '../../contracts/span.ts'
import { PhraseMatcher } from '../../doc/phrase-matcher.ts'
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
}

const lexicons = new WeakMap<LanguageData, CueLexicon>()

function lexiconOf(language: LanguageData): CueLexicon {
  const cached = lexicons.get(language)
  if (cached) return cached
  const pronouns = language.subjectPronouns.join('|')
  const lexicon = {
    verbs: new PhraseMatcher(language.speechVerbs),
    attributions: new PhraseMatcher(language.attributionMarkers),
    // French inversion glues the subject to the verb: "écrit-il", "estime-t-elle".
    inverted: new RegExp(`-(?:t-)?(?:${pronouns || '\\p{L}+'})$`, 'iu'),
  }
  lexicons.set(language, lexicon)
  return lexicon
}

/** Finds reporting verbs and attribution markers between `start` and `end`. */
export function findSpeechCues(
  text: string,
  start: number,
  end: number,
  language: LanguageData,
): SpeechCue[] {
  const { verbs, attributions, inverted } = lexiconOf(language)
  const tokens = tokenize(text, start, end)
  const cues: SpeechCue[] = []
  const withoutInversion = (token: Token) => token.folded.replace(inverted, '')
  for (let index = 0; index < tokens.length; index++) {
    const attribution = attributions.matchAt(tokens, index)
    const verb = attribution
      ? null
      : (verbs.matchAt(tokens, index) ?? verbs.matchAt(tokens, index, withoutInversion))
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
