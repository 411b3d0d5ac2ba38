import type { Span } from '../../contracts/span.ts'
import { foldWord } from '../../doc/tokenize.ts'
import type { LanguageData } from '../../lang/language-data.ts'

/** A reporting verb or attribution marker found in the text. */
export interface SpeechCue extends Span {
  readonly kind: 'verb' | 'attribution' | 'colon'
  /** A subject pronoun glued to the verb ("écrit-il", "estime-t-elle"). */
  readonly hasInvertedPronoun: boolean
}

const compiled = new WeakMap<LanguageData, RegExp>()

// One alternation of every cue, longest first, bounded by non-letters; inverted "-il", "-t-elle" allowed after.
function cuePattern(language: LanguageData): RegExp {
  const cached = compiled.get(language)
  if (cached) return cached
  const phrases = [...language.speechVerbs, ...language.attributionMarkers]
    .map((phrase) => phrase.toLowerCase())
    .sort((a, b) => b.length - a.length)
    .map((phrase) =>
      phrase
        .replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
        .replace(/['’]/gu, "['’]")
        .replace(/ /gu, '\\s+'),
    )
  const pronouns = language.subjectPronouns.join('|')
  const inverted = pronouns ? `(?:-(?:t-)?(?:${pronouns}))?` : ''
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${phrases.join('|')})${inverted}(?![\\p{L}\\p{N}])`,
    'giu',
  )
  compiled.set(language, pattern)
  return pattern
}

function invertedPronoun(language: LanguageData): RegExp {
  return new RegExp(`-(?:t-)?(?:${language.subjectPronouns.join('|') || '\\p{L}+'})$`, 'iu')
}

/** Finds reporting verbs and attribution markers between `start` and `end`. */
export function findSpeechCues(
  text: string,
  start: number,
  end: number,
  language: LanguageData,
): SpeechCue[] {
  const pattern = cuePattern(language)
  const attribution = new Set(language.attributionMarkers.map(foldWord))
  const slice = text.slice(start, end)
  const cues: SpeechCue[] = []
  pattern.lastIndex = 0
  for (let match = pattern.exec(slice); match !== null; match = pattern.exec(slice)) {
    const phrase = match[0]
    const isAttribution = attribution.has(foldWord(phrase).replace(/\s+/gu, ' '))
    cues.push({
      start: start + match.index,
      end: start + match.index + phrase.length,
      text: phrase,
      kind: isAttribution ? 'attribution' : 'verb',
      hasInvertedPronoun: invertedPronoun(language).test(phrase),
    })
  }
  return cues
}
