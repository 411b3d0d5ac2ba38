import type { CatalogTopic } from '../../contracts/catalog.ts'
import { tokenize } from '../../doc/tokenize.ts'
import { type CompiledCue, compilePhrase } from './compile-cues.ts'
import { type CueIndex, findCuePositions, indexCues, type PositionsBySlot } from './index-cues.ts'

/** A topic's terms in one language, indexed so that each term has a slot of its own; null where it has none. */
export type CompiledTopicTerms = { readonly index: CueIndex } | null

/** How much a document is about a topic. */
export interface TopicEvidence {
  /** Distinct entries of the topic's term list for the language that occur in the text. */
  readonly distinctTerms: number
  readonly passes: boolean
}

/** Compiles a topic's terms for a language: one phrase cue per entry of its list. */
export function compileTopicTerms(topic: CatalogTopic, lang: string): CompiledTopicTerms {
  const terms = topic.terms[lang]
  if (!terms) return null
  const cues: CompiledCue[] = terms.map((term, index) => ({
    kind: 'phrase',
    phrases: [compilePhrase(term)],
    weight: 1,
    id: `${topic.id}#${lang}${index}`,
  }))
  return { index: indexCues(cues) }
}

/**
 * Counts the topic's distinct terms in a text; the text passes when they reach the topic's minimum. A language the
 * topic has no terms for does not pass: the gate cannot tell what the document is about, and a narrative of a
 * gated catalogue needs a document shown to be on its topic.
 */
export function measureTopic(
  topic: CatalogTopic,
  compiled: CompiledTopicTerms,
  text: string,
): TopicEvidence {
  if (!compiled) return { distinctTerms: 0, passes: false }
  const distinctTerms = countDistinctTerms(findCuePositions(compiled.index, tokenize(text)))
  return { distinctTerms, passes: distinctTerms >= topic.minDistinctTerms }
}

// One slot per term. Where terms overlap ("global warming" and "warming", "ukrain*" and "ukraine") the longest match
// from the leftmost token is kept, so one phrase in the text counts as one term however many entries it fits.
function countDistinctTerms(positions: PositionsBySlot): number {
  const matches = positions.flatMap((found, slot) =>
    (found ?? []).map(({ first, last }) => ({ slot, first, last })),
  )
  matches.sort((a, b) => a.first - b.first || b.last - a.last)
  const terms = new Set<number>()
  let next = 0
  for (const match of matches) {
    if (match.first < next) continue
    terms.add(match.slot)
    next = match.last + 1
  }
  return terms.size
}

/** Measures topics in one language's documents, compiling each topic's terms once. */
export function createTopicMeter(
  lang: string,
): (topic: CatalogTopic, text: string) => TopicEvidence {
  const compiled = new Map<string, CompiledTopicTerms>()
  return (topic, text) => {
    let terms = compiled.get(topic.id)
    if (terms === undefined) {
      terms = compileTopicTerms(topic, lang)
      compiled.set(topic.id, terms)
    }
    return measureTopic(topic, terms, text)
  }
}

/** Keeps the items whose narrative is ungated or whose topic the text is about (each topic measured once). */
export function keepOnTopic<T extends { readonly id: string }>(
  items: readonly T[],
  topicOf: ReadonlyMap<string, CatalogTopic>,
  isAbout: (topic: CatalogTopic) => boolean,
): T[] {
  const verdicts = new Map<string, boolean>()
  return items.filter((item) => {
    const topic = topicOf.get(item.id)
    if (!topic) return true
    let verdict = verdicts.get(topic.id)
    if (verdict === undefined) {
      verdict = isAbout(topic)
      verdicts.set(topic.id, verdict)
    }
    return verdict
  })
}
