import type { Narrative, Quote } from '../../contracts/annotations.ts'
import type { CatalogNarrative } from '../../contracts/catalog.ts'
import type { Span } from '../../contracts/span.ts'
import { type AnnotatedDoc, docLang } from '../../doc/doc.ts'
import { makeSpan } from '../../doc/span.ts'
import { tokenize } from '../../doc/tokenize.ts'
import { foldedSet } from '../../lang/folded-set.ts'
import { languageData } from '../../lang/index.ts'
import { type CompiledNarrative, compileCues } from './compile-cues.ts'
import { type CueIndex, findCuePositions, indexCues } from './index-cues.ts'
import { type CueMatch, matchCue } from './match-cues.ts'

type NarrativeDoc = AnnotatedDoc<'paragraphs' | 'entities' | 'quotes' | 'provenance' | 'language'>

/** Detection settings. */
export interface DetectOptions {
  /** Score above which a narrative is reported, unless the catalogue sets its own. */
  readonly threshold: number
  /** Weight kept by a cue inside reported speech: a neutral report that quotes a claim does not carry it. */
  readonly reportedSpeechFactor: number
  /** Each repeat of the same cue adds less: the k-th counts weight × decay^(k-1). */
  readonly repeatDecay: number
  readonly maxEvidence: number
}

// 0.5: a narrative needs one strong cue in the author's own voice, or two weaker ones, to be reported.
export const DEFAULT_DETECT_OPTIONS: DetectOptions = {
  threshold: 0.5,
  reportedSpeechFactor: 0.35,
  repeatDecay: 0.5,
  maxEvidence: 5,
}

/** A language's compiled cues with their index, built once per language. */
export interface CompiledLanguage {
  readonly narratives: readonly CompiledNarrative[]
  readonly index: CueIndex
}

interface Scored {
  span: Span
  weight: number
  paragraph: number
}

/** Scores every catalogue narrative on a document by its cues, with the passages that carry it. */
export function detectNarratives(
  doc: NarrativeDoc,
  catalog: readonly CatalogNarrative[],
  options: DetectOptions = DEFAULT_DETECT_OPTIONS,
  compiledByLang: Map<string, CompiledLanguage> = new Map(),
): Narrative[] {
  const lang = docLang(doc)
  if (!lang) return []
  let compiled = compiledByLang.get(lang)
  if (!compiled) {
    const narratives = compileCues(catalog, lang)
    compiled = { narratives, index: indexCues(narratives.flatMap((item) => item.cues)) }
    compiledByLang.set(lang, compiled)
  }
  const paragraphTokens = doc.spans.paragraphs.map((paragraph) =>
    tokenize(doc.text, paragraph.start, paragraph.end),
  )
  // Every cue of the language is looked up in one pass over each paragraph.
  const { index } = compiled
  const paragraphPositions = paragraphTokens.map((tokens) => findCuePositions(index, tokens))
  const hitSlots = new Set<number>()
  for (const positions of paragraphPositions)
    positions.forEach((found, slot) => {
      if (found) hitSlots.add(slot)
    })
  // Speech attributed to someone is reported, and a neutral report that quotes a claim does not carry it;
  // "certains analystes affirment …" (a vague, anonymous speaker) is the author's insinuation and counts in full,
  // and so does the document's own author quoted by a republisher.
  const vague = foldedSet(languageData(lang)?.anonymousSourceNouns ?? [])
  const authors = new Set(
    doc.spans.provenance.filter((item) => item.role === 'author').map((item) => item.name),
  )
  const namedSpeech = doc.spans.quotes.filter(
    (quote) =>
      quote.speaker !== null &&
      !authors.has(quote.speaker.canonical) &&
      !tokenize(quote.speaker.text).some((token) => vague.has(token.folded)),
  )
  const found = new Map<string, Narrative>()
  for (const { narrative, cues } of compiled.narratives) {
    const scored: Scored[] = []
    for (const cue of cues) {
      const slots = index.slots.get(cue)!
      const isPossible =
        cue.kind === 'phrase'
          ? hitSlots.has(slots.phrases)
          : hitSlots.has(slots.left) && hitSlots.has(slots.right)
      if (!isPossible) continue
      const matches: Scored[] = []
      paragraphTokens.forEach((tokens, paragraph) => {
        for (const match of matchCue(cue, slots, paragraphPositions[paragraph]!)) {
          const span = spanOf(doc.text, tokens, match)
          const isReported = namedSpeech.some((quote) => overlapsQuote(quote, span))
          matches.push({
            span,
            weight: cue.weight * (isReported ? options.reportedSpeechFactor : 1),
            paragraph,
          })
        }
      })
      // Repeats of one cue add less and less, strongest first.
      matches.sort((a, b) => b.weight - a.weight)
      for (const [rank, match] of matches.entries()) {
        scored.push({ ...match, weight: match.weight * options.repeatDecay ** rank })
      }
    }
    const score = noisyOr(scored.map((item) => item.weight))
    if (score < (narrative.threshold ?? options.threshold)) continue
    found.set(narrative.id, toNarrative(narrative, score, scored, options))
  }
  // A sub-narrative implies its parent narrative.
  for (const child of [...found.values()]) {
    const parent = child.parent ? catalog.find((item) => item.id === child.parent) : undefined
    if (parent && !found.has(parent.id)) {
      found.set(parent.id, {
        id: parent.id,
        label: parent.label,
        parent: parent.parent ?? null,
        score: child.score,
        evidence: child.evidence,
        paragraphs: child.paragraphs,
      })
    }
  }
  return [...found.values()].sort((a, b) => b.score - a.score)
}

function toNarrative(
  narrative: CatalogNarrative,
  score: number,
  scored: readonly Scored[],
  options: DetectOptions,
): Narrative {
  const strongest = [...scored].sort((a, b) => b.weight - a.weight).slice(0, options.maxEvidence)
  const byParagraph = new Map<number, number[]>()
  for (const item of scored)
    byParagraph.set(item.paragraph, [...(byParagraph.get(item.paragraph) ?? []), item.weight])
  const paragraphs = [...byParagraph]
    .filter(([, weights]) => noisyOr(weights) >= (narrative.threshold ?? options.threshold))
    .map(([paragraph]) => paragraph)
    .sort((a, b) => a - b)
  return {
    id: narrative.id,
    label: narrative.label,
    parent: narrative.parent ?? null,
    score: Number(score.toFixed(3)),
    evidence: strongest.map((item) => item.span).sort((a, b) => a.start - b.start),
    paragraphs,
  }
}

function noisyOr(weights: readonly number[]): number {
  return 1 - weights.reduce((product, weight) => product * (1 - weight), 1)
}

function spanOf(
  text: string,
  tokens: readonly { start: number; end: number }[],
  match: CueMatch,
): Span {
  return makeSpan(text, tokens[match.first]!.start, tokens[match.last]!.end)
}

function overlapsQuote(quote: Quote, span: Span): boolean {
  return quote.start < span.end && span.start < quote.end
}
